/**
 * `npm run bench:calibrate`: measures the yardsticks (yardstick.ts) many times and prints
 * the values to store as REFERENCE there. Run it on a quiet machine (it prints the load
 * average), after changing a yardstick's workload, Chromium or the machine: the budgets
 * are then judged as if every run had this machine's quiet speed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';
import { BLANK_PAGE_URL } from './design.ts';
import { serveStatic } from './server.ts';
import { summarise } from './stats.ts';
import { LABEL, REFERENCE, sampleNode, samplePage, YARDSTICK_BUNDLE_URL, yardstickBundle, type Sample, type YardstickKind } from './yardstick.ts';

const SAMPLES = 9;
const root = fileURLToPath(new URL('../..', import.meta.url));

if (!existsSync(CHROMIUM)) {
  console.error(`calibrate: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  process.exit(1);
}
const empty = mkdtempSync(join(tmpdir(), 'turbine-calibrate-'));
process.on('exit', () => rmSync(empty, { recursive: true, force: true }));
const server = await serveStatic(empty, {
  [BLANK_PAGE_URL]: { body: '<!doctype html><title>bench</title>', type: 'text/html; charset=utf-8' },
  [YARDSTICK_BUNDLE_URL]: { body: yardstickBundle(root), type: 'text/javascript; charset=utf-8' },
});
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ baseURL: server.origin })).newPage();
await page.goto(BLANK_PAGE_URL);
await page.addScriptTag({ url: YARDSTICK_BUNDLE_URL });

const loadBefore = loadavg()[0]!;
const samples: Sample[] = [];
for (let i = 1; i <= SAMPLES; i++) {
  samples.push(await samplePage(page, `sample ${i}`), sampleNode(`sample ${i}`));
  console.log(`calibrate: sample ${i}/${SAMPLES}, load ${loadavg()[0]!.toFixed(2)}`);
}
await browser.close();
await server.close();

console.log(`\nChromium ${browser.version()}, Node ${process.version}, 1-minute load ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after.`);
for (const kind of Object.keys(LABEL) as YardstickKind[]) {
  const medians = samples.flatMap((s) => (s.times[kind] ? [summarise(s.times[kind]).median] : []));
  const m = summarise(medians);
  console.log(`${kind}: ${m.median.toFixed(1)} ms (sample medians ${m.min.toFixed(1)} – ${m.max.toFixed(1)}); REFERENCE now ${REFERENCE[kind]}`);
}
