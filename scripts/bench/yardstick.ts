/**
 * Yardsticks: how fast this machine is during this very run, so that a budget in
 * milliseconds judges the app and not the neighbours on a shared machine.
 *
 * Three fixed workloads (the way Lighthouse reports its benchmark index beside its
 * scores), each timed as the median of several runs, several times during the bench:
 *  - "page data": JSON + Zod + sorting in the page (yardstick-data.ts, bundled);
 *  - "page render": Solid renders a 1,500-row table and the frame after (yardstick-render.ts);
 *  - "Node data": the same data workload in Node, for the rows measured in Node.
 * A row is judged on `raw × REFERENCE / measured`: its time as it would be on the
 * reference machine, i.e. this machine when quiet, on which the budgets were set.
 * See "How a loaded machine is accounted for" in BENCHMARKS.md (written by report.ts).
 */
import { buildSync } from 'esbuild';
import type { Page } from '@playwright/test';
import { dataWork } from './yardstick-data.ts';
import { summarise } from './stats.ts';

export type YardstickKind = 'pageData' | 'pageRender' | 'nodeData';

/**
 * Each yardstick's median on the reference machine, in ms. Measured with
 * `npm run bench:calibrate` (9 samples of 5 runs each after a warm-up; the median of the
 * sample medians), three times on 2026-12-02 at a 1-minute load average of 0.1–1.1, on
 * the machine the budgets were set on (AMD EPYC, 2 cores, Chromium 156.0.8078.114,
 * Node 24.21.0); each value is the median of those three (page data 62.3, 65.1, 65.4;
 * page render 166.3, 172.5, 168.8; Node data 75.2, 79.0, 75.5). Re-measure whenever a
 * yardstick's workload, Chromium or the machine changes.
 */
export const REFERENCE: Record<YardstickKind, number> = {
  pageData: 65.1,
  pageRender: 168.8,
  nodeData: 75.5,
};

export const LABEL: Record<YardstickKind, string> = {
  pageData: 'page data',
  pageRender: 'page render',
  nodeData: 'Node data',
};

export const YARDSTICK_BUNDLE_URL = '/__bench/yardstick.js';

/** Runs per sample after one warm-up run (which compiles the code and Zod's schema). */
const REPS = 5;

/** The page yardsticks as a classic script that puts one function on window. */
export function yardstickBundle(root: string): string {
  const entry = `
    import { dataWork } from './scripts/bench/yardstick-data.ts';
    import { renderWork } from './scripts/bench/yardstick-render.ts';
    window.__benchYardstick = async (reps) => {
      const data = [];
      const render = [];
      dataWork();
      await renderWork();
      for (let i = 0; i < reps; i++) {
        data.push(dataWork());
        render.push(await renderWork());
      }
      return { data, render };
    };`;
  const out = buildSync({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    minify: true,
    // Solid's production browser build, as the app ships.
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return out.outputFiles[0]!.text;
}

/** One sample: every run's time, per yardstick, and when in the bench it was taken. */
export interface Sample {
  at: string;
  times: Partial<Record<YardstickKind, number[]>>;
}

/** Samples both page yardsticks in a page that has loaded BLANK_PAGE_URL and the bundle. */
export async function samplePage(page: Page, at: string): Promise<Sample> {
  const { data, render } = await page.evaluate(
    (reps) => (window as unknown as { __benchYardstick: (r: number) => Promise<{ data: number[]; render: number[] }> }).__benchYardstick(reps),
    REPS,
  );
  return { at, times: { pageData: data, pageRender: render } };
}

export function sampleNode(at: string): Sample {
  dataWork();
  return { at, times: { nodeData: Array.from({ length: REPS }, () => dataWork()) } };
}

export interface Scale {
  kind: YardstickKind;
  /** The yardstick's median over the samples taken around the row's measurement. */
  measured: number;
  reference: number;
  /** raw × factor = the time on the reference machine. */
  factor: number;
}

/** The yardstick for a row measured between these samples (usually the one before and the one after). */
export function scaleFrom(kind: YardstickKind, samples: readonly (Sample | undefined)[]): Scale | undefined {
  const times = samples.flatMap((s) => s?.times[kind] ?? []);
  if (times.length === 0) return undefined;
  const measured = summarise(times).median;
  return { kind, measured, reference: REFERENCE[kind], factor: REFERENCE[kind] / measured };
}
