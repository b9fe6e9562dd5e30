import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/bench/browser.ts';
import type { TurbineOptions } from './e2e/fixtures.ts';

/**
 * E2E runs against the built site (`npm run build` first): `astro preview`
 * serves dist/ exactly as it ships, service worker included.
 * Playwright's own browser download is not used; Debian's Chromium is.
 */
// TURBINE_PORT lets a second checkout run its suite beside this one.
const port = Number(process.env.TURBINE_PORT ?? 4321);
const baseURL = `http://localhost:${port}`;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  },
};

/**
 * The journeys whose expectations depend on today's date (overdue 1:1s, days in stage,
 * retention due dates, "today" in forms, file names), run again far from UTC with the
 * clock near midnight. Each project's clock shows the same local day as FIXED_NOW
 * (23 Nov 2026) while UTC is on another day, so an app that took the UTC day would fail.
 */
const dateSensitive = /(conversations|design|hire-candidates|hire-calibration|interview-kits|grow|plan)\.spec\.ts$/;

export default defineConfig<TurbineOptions>({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  // Each test is a whole journey (many pages, axe on each) on a 2-core machine running two
  // workers: 30 s, Playwright's default, fails journeys that are merely slow that day.
  // Assertions still wait their own 5 s, so a real failure is reported as quickly as before.
  timeout: 60_000,
  // Playwright empties outputDir on start; keep it apart from test-results/unit.json.
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    timezoneId: 'UTC',
    locale: 'en-GB',
    video: 'off',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', use: chromium },
    {
      // 23:40 on 23 Nov in California (UTC-8) is already 24 Nov in UTC.
      name: 'los-angeles',
      testMatch: dateSensitive,
      use: { ...chromium, timezoneId: 'America/Los_Angeles', now: new Date('2026-11-24T07:40:00Z') },
    },
    {
      // 00:05 on 23 Nov in Auckland (UTC+13 in summer) is still 22 Nov in UTC.
      name: 'auckland',
      testMatch: dateSensitive,
      use: { ...chromium, timezoneId: 'Pacific/Auckland', now: new Date('2026-11-22T11:05:00Z') },
    },
  ],
  webServer: {
    command: `npx astro preview --port ${port}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
