/**
 * The Design phase's budgets, measured in the browser context that already holds the
 * large workspace (300 people × 300 capabilities, 90,000 assessments):
 *  - the matrix page interactive: navigation start → the first frame after the grid
 *    (rendered together with its toolbar, "Export matrix as CSV") is on screen;
 *  - a keyboard edit visible: keydown (captured before the app sees it) → the first
 *    frame after the cell's text changed, for digits typed into a focused cell; then the
 *    same while a recovery snapshot of the whole workspace is being written (an edit
 *    starts the app's debounced snapshot; the bench types on while its worker runs);
 *  - insights recomputed: latestCells + insights over the stored records, the app's
 *    own domain code bundled with esbuild and run in a blank page of the same origin;
 *  - a framework import: a generated Monzo-format file with 500 capabilities chosen on
 *    the Capabilities page → preview shown, plus "Add to my library" → "Imported"
 *    (a new framework each run, merged into a library of hundreds of capabilities).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext, Page } from '@playwright/test';
import type { Probe, SnapshotRun } from './in-page.ts';

export const INSIGHTS_BUNDLE_URL = '/__bench/insights.js';
export const BLANK_PAGE_URL = '/__bench/blank.html';

export interface DesignResults {
  matrixReady: number[];
  editVisible: number[];
  /** Edits whose keydown and visible frame both fell while a recovery snapshot was being written. */
  editVisibleDuringSnapshot: number[];
  /** That snapshot, as the page saw it (worker start → reply), or undefined if none started. */
  snapshotDuringEdits: SnapshotRun | undefined;
  insights: number[];
  frameworkPreview: number[];
  frameworkCommit: number[];
  errors: string[];
}

/** The app's insights code as a classic script that puts one timing function on window. */
export function insightsBundle(root: string): string {
  const entry = `
    import { insightsOf } from './src/domain/insights.ts';
    window.__benchInsights = async (url) => {
      const file = await (await fetch(url)).json();
      const d = file.data;
      const times = [];
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        const { result } = insightsOf(d);
        times.push(performance.now() - t);
        if (result.coverage.length !== d.capabilities.length) throw new Error('insights covered the wrong number of capabilities');
      }
      return times;
    };`;
  const out = buildSync({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'iife', platform: 'browser', minify: true });
  return out.outputFiles[0]!.text;
}

/** A Monzo progression-framework file (YAML front matter) with `topics` topics of six levels each. */
export function monzoFramework(topics: number, run: number): string {
  // A title per run makes a new area, so every run really adds its capabilities.
  const lines = ['---', `title: "🧪 Bench Engineering Framework ${run}"`, 'levels: 6', 'topics:'];
  for (let t = 1; t <= topics; t++) {
    lines.push(`  - name: "topic-${t}"`, `    title: "Bench topic ${t}"`, '    content:');
    for (let level = 1; level <= 6; level++) {
      lines.push(`      - level: ${level}`, '        criteria:');
      for (let c = 1; c <= 3; c++) lines.push(`          - "Shows behaviour ${c} of topic ${t} at level ${level}, reliably and without help"`);
      lines.push('        exampleCriteria:', `          - criteria: "Leads work on topic ${t}"`, '            examples:', `              - "Ran the topic ${t} rollout for the team"`);
    }
  }
  lines.push('---', '', 'A generated framework for the benchmark.');
  return lines.join('\n');
}

export async function measureDesign(context: BrowserContext, opts: { runs: number; tempDir: string; fileUrl: string; frameworkTopics: number }): Promise<DesignResults> {
  const results: DesignResults = { matrixReady: [], editVisible: [], editVisibleDuringSnapshot: [], snapshotDuringEdits: undefined, insights: [], frameworkPreview: [], frameworkCommit: [], errors: [] };
  const attempt = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (e) {
      results.errors.push(`${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  };

  for (let run = 1; run <= opts.runs; run++) {
    const page = await context.newPage();
    await attempt('matrix', async () => {
      await page.addInitScript(() => (window as unknown as { __bench: Probe }).__bench.watch('matrix', 'Export matrix as CSV'));
      await page.goto('/design/matrix/', { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.frames.matrix !== undefined, undefined, { timeout: 60_000 });
      results.matrixReady.push(await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.frames.matrix!));
      if (run === 1) {
        const typist = await keyboardEdits(page, results.editVisible);
        await attempt('keyboard edits during a snapshot', async () => {
          results.snapshotDuringEdits = await editsDuringSnapshot(page, typist, results.editVisibleDuringSnapshot);
        });
      }
    });
    await page.close();
  }

  const blank = await context.newPage();
  await attempt('insights', async () => {
    await blank.goto(BLANK_PAGE_URL);
    await blank.addScriptTag({ url: INSIGHTS_BUNDLE_URL });
    const times = await blank.evaluate((url) => (window as unknown as { __benchInsights: (u: string) => Promise<number[]> }).__benchInsights(url), opts.fileUrl);
    // The first runs include the JIT warming up; a manager's page recomputes many times.
    results.insights.push(...times.slice(2));
  });
  await blank.close();

  const frameworkPath = join(opts.tempDir, 'bench-framework.md');
  for (let run = 1; run <= opts.runs; run++) {
    writeFileSync(frameworkPath, monzoFramework(opts.frameworkTopics, run));
    const page = await context.newPage();
    await attempt('framework import', async () => {
      await page.goto('/design/capabilities/');
      await page.getByLabel('Framework file').waitFor();
      const watchFor = `${opts.frameworkTopics} capabilities`;
      await page.evaluate((text) => (window as unknown as { __bench: Probe }).__bench.watch('preview', text), watchFor);
      await page.getByLabel('Framework file').setInputFiles(frameworkPath);
      await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.frames.preview !== undefined, undefined, { timeout: 60_000 });
      await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.watch('imported', 'Imported bench-framework.md'));
      await page.getByRole('button', { name: 'Add to my library' }).click();
      await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.frames.imported !== undefined, undefined, { timeout: 60_000 });
      const probe = await page.evaluate(() => {
        const { marks, frames } = (window as unknown as { __bench: Probe }).__bench;
        return { marks, frames };
      });
      const chosen = probe.marks['change:framework-file']!;
      results.frameworkPreview.push(probe.frames.preview! - chosen);
      results.frameworkCommit.push(probe.frames.imported! - probe.marks['click:Add to my library']!);
    });
    await page.close();
  }
  return results;
}

/** Types into the focused cell; every press changes it (alternating digits), so every press has an edit to show. */
type Typist = () => Promise<{ down: number; visible: number }>;

/** Types digits into the first cell, alternating so every key press changes it; times each from keydown to the frame after the change. */
async function keyboardEdits(page: Page, out: number[]): Promise<Typist> {
  await page.locator('[data-cell="0:0"]').focus();
  await page.evaluate(() => {
    const w = window as unknown as { __edit: { down: number; visible?: number } };
    w.__edit = { down: 0 };
    addEventListener('keydown', () => (w.__edit = { down: performance.now() }), true);
    const grid = document.querySelector('[role="grid"]')!;
    new MutationObserver(() => {
      if (w.__edit.down && w.__edit.visible === undefined) {
        w.__edit.visible = -1;
        requestAnimationFrame(() => (w.__edit.visible = performance.now()));
      }
    }).observe(grid, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
  });
  let presses = 0;
  const type: Typist = async () => {
    await page.keyboard.press(presses++ % 2 === 0 ? '2' : '3');
    await page.waitForFunction(() => ((window as unknown as { __edit: { visible?: number } }).__edit.visible ?? -1) > 0);
    return page.evaluate(() => {
      const { down, visible } = (window as unknown as { __edit: { down: number; visible: number } }).__edit;
      return { down, visible };
    });
  };
  for (let i = 0; i < 12; i++) {
    const { down, visible } = await type();
    out.push(visible - down);
  }
  return type;
}

/**
 * Edits while the app writes a recovery snapshot of the whole workspace (the budget the
 * snapshots must not break: typing never waits for them). One edit starts the app's own
 * debounce (src/state/recovery.ts, a few seconds after the last change); once its worker
 * has started, the bench types on until the worker replies, and keeps only the edits whose
 * keydown came after the worker started and whose frame came before its reply.
 */
async function editsDuringSnapshot(page: Page, type: Typist, out: number[]): Promise<SnapshotRun> {
  const snapshots = () => page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.snapshots);
  const before = (await snapshots()).length;
  await type();
  // The debounce is seconds; a generous bound, since a busy machine can delay the timer.
  await page.waitForFunction((n) => (window as unknown as { __bench: Probe }).__bench.snapshots.length > n, before, { timeout: 60_000 });
  for (let i = 0; i < 200; i++) {
    const { down, visible } = await type();
    const run = (await snapshots())[before]!;
    if (run.end !== undefined && visible > run.end) break;
    if (down >= run.start) out.push(visible - down);
  }
  // Wait for the reply too, so the report can say how long the snapshot took and what it held.
  await page.waitForFunction((n) => (window as unknown as { __bench: Probe }).__bench.snapshots[n]?.end !== undefined, before, { timeout: 120_000 });
  const run = (await snapshots())[before]!;
  if (!run.ok) throw new Error('the recovery snapshot written during the edits failed');
  return run;
}
