/**
 * The `test` every spec imports. Each test automatically:
 *  - runs on a fake clock starting at `now` (FIXED_NOW unless the project sets
 *    another: the time-zone projects start near midnight on the same local day,
 *    so every expectation about days holds in every project). page.clock.install, not
 *    setFixedTime: both swap in Playwright's timers (which run in real time, so
 *    IndexedDB callbacks and debounces still fire), but a frozen Date would stall
 *    Chart.js, whose animator measures progress with Date.now(). Here Date starts
 *    at `now` and flows; a test may pauseAt/fastForward when it needs to;
 *  - fails if any request leaves the app's origin (data: and blob: are fine);
 *  - fails on any Content Security Policy violation;
 *  - fails on any uncaught page error.
 * The checks run in fixture teardown, so they report after the test body.
 */
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export { expect };

/** 09:00 on Monday 23 November 2026 in UTC: the day every journey's expectations are written for. */
export const FIXED_NOW = new Date('2026-11-23T09:00:00Z');

/** Options a Playwright project may set (see playwright.config.ts). */
export interface TurbineOptions {
  /** The moment the page's clock starts at. */
  now: Date;
}

interface CspViolation {
  directive: string;
  blockedURI: string;
  source: string;
  sample: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

const ALLOWED_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export const test = base.extend<{ guards: void } & TurbineOptions>({
  now: [FIXED_NOW, { option: true }],
  guards: [
    async ({ page, context, baseURL, now }, use) => {
      if (!baseURL) throw new Error('fixtures: baseURL is not set in playwright.config.ts');
      const appOrigin = new URL(baseURL).origin;

      await page.clock.install({ time: now });

      // (b) Every request of the context (pages and service worker) stays home.
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (ALLOWED_SCHEMES.has(url.protocol)) return;
        if (url.origin !== appOrigin) foreign.push(`${request.method()} ${request.url()}`);
      });

      // (c) CSP violations: the event, stored on window and forwarded to the
      // test so violations on pages navigated away from are not lost...
      const csp: string[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
        csp.push(text);
      });
      await context.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener(
          'securitypolicyviolation',
          (event) => {
            const violation = {
              directive: event.effectiveDirective,
              blockedURI: event.blockedURI,
              source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
              sample: event.sample,
            };
            window.__cspViolations?.push(violation);
            const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
            report?.(`${location.href}: ${violation.directive} blocked ${violation.blockedURI || '(inline)'} at ${violation.source} ${violation.sample}`.trim());
          },
          true,
        );
      });
      // ...and the browser's own console report of them.
      const onConsole = (message: ConsoleMessage): void => {
        if (message.text().includes('Content Security Policy')) {
          csp.push(`${message.page()?.url() ?? '(no page)'}: console ${message.type()}: ${message.text()}`);
        }
      };
      context.on('console', onConsole);

      // (d) Uncaught errors on this page and any page it opens.
      const errors: string[] = [];
      // Playwright's fake clock runs timer callbacks itself and console.error()s
      // what they throw instead of letting it reach `pageerror` (seen in
      // Playwright 1.65: ClockController._runTo(...).catch(console.error)), so an
      // exception in a setTimeout/rAF callback is recognised by that stack frame.
      context.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('ClockController.')) {
          errors.push(`${message.page()?.url() ?? '(no page)'}: ${message.text()}`);
        }
      });
      const watchErrors = (target: Page): void => {
        target.on('pageerror', (error) => {
          errors.push(`${target.url()}: ${error.stack ?? error.message}`);
        });
      };
      watchErrors(page);
      context.on('page', watchErrors);

      await use();

      const problems: string[] = [];
      if (foreign.length > 0) {
        problems.push(`Requests left ${appOrigin}:\n${[...new Set(foreign)].map((line) => `  ${line}`).join('\n')}`);
      }
      if (csp.length > 0) {
        problems.push(`Content Security Policy violations:\n${[...new Set(csp)].map((line) => `  ${line}`).join('\n')}`);
      }
      if (errors.length > 0) {
        problems.push(`Uncaught page errors:\n${errors.map((line) => `  ${line}`).join('\n')}`);
      }
      if (problems.length > 0) {
        const failure = new Error(problems.join('\n\n'));
        failure.stack = failure.message; // the listing says it all; no fixture stack frames
        throw failure;
      }
    },
    { auto: true },
  ],
});

/** Waits until every Astro island on the page has hydrated (Astro drops `ssr` then). */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page once its islands are up, and lists what fails. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await waitForIslands(page);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const report = violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n');
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
  expect(violations.length, `Accessibility violations on ${page.url()}:\n\n${report}`).toBe(0);
}
