/**
 * The Learn phase's budgets, measured in a browser context of their own that holds the Learn
 * workspace (learnSize: 300 people, the 300 × 300 matrix, 200 systems, 1,000 plans of 40
 * items), imported through the Data page as a manager would:
 *  - each Learn page interactive: navigation start → the first frame after the page has
 *    drawn what it is for (the plans table with the newest plan, the map with its last
 *    system, "My templates");
 *  - pairing suggestions: what the plans page computes for them (latest cells, insights,
 *    the plans in progress, suggestPairs), the app's own code bundled with esbuild and run
 *    in a blank page of the same origin, as row D3 does;
 *  - a 50,000-line git log analysed: on the systems page, the log chosen as a file with a
 *    CODEOWNERS file for the 200 systems, "Analyse the history" → the frame after the
 *    preview says what it found; the page's longest main-thread task meanwhile and how many
 *    progress messages it showed are reported beside it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext } from '@playwright/test';
import type { Probe } from './in-page.ts';
import type { WorkspaceData } from '../../src/schemas/workspace.ts';

export const PAIRING_BUNDLE_URL = '/__bench/pairing.js';
export const GIT_LOG_LINES = 50_000;

export interface LearnResults {
  plansReady: number[];
  /** When the rest of the plans page (the learning margin, which needs every plan's items) was drawn, per run. */
  plansComplete: number[];
  systemsReady: number[];
  templatesReady: number[];
  pairing: number[];
  gitLog: number[];
  /** The longest main-thread task while the git log was analysed, per run. */
  gitLogLongestTask: number[];
  /** How many progress messages the page showed while it was analysed, per run. */
  gitLogProgress: number[];
  errors: string[];
}

/** The plans page's pairing suggestions as a classic script that puts one timing function on window. */
export function pairingBundle(root: string): string {
  const entry = `
    import { insights } from './src/domain/insights.ts';
    import { latestCells } from './src/domain/matrix-cells.ts';
    import { pairKey, suggestPairs } from './src/domain/learn/pairing.ts';
    import { planProgress } from './src/domain/learn/plans.ts';
    import { mentoringLoad } from './src/domain/act-on-this.ts';
    window.__benchPairing = async (url, today) => {
      const d = (await (await fetch(url)).json()).data;
      const names = new Map(d.people.map((p) => [p.id, p.name]));
      const times = [];
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        const result = insights({ people: d.people, areas: d.capabilityAreas, capabilities: d.capabilities, scales: d.levelScales, cells: latestCells(d.assessments), today });
        const planned = new Set();
        for (const plan of d.onboardingPlans.filter((p) => planProgress(p, today).inProgress || p.startDate > today)) {
          if (plan.capabilityId) planned.add(pairKey(plan.personId, plan.capabilityId));
          for (const item of plan.items) if (item.type === 'pair' && item.capabilityId && item.status !== 'done') planned.add(pairKey(plan.personId, item.capabilityId));
        }
        const pairs = suggestPairs({ coverage: result.coverage, singlePointsOfFailure: result.singlePointsOfFailure, mentoring: mentoringLoad(d.onboardingPlans), planned, name: (id) => names.get(id) ?? '' });
        times.push(performance.now() - t);
        if (pairs.length === 0) throw new Error('no pair was suggested: the bench workspace should have people who want to grow');
      }
      return times;
    };`;
  const out = buildSync({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'iife', platform: 'browser', minify: true });
  return out.outputFiles[0]!.text;
}

/**
 * A repository history in GIT_LOG_COMMAND's format, exactly `lines` lines long, with a
 * CODEOWNERS file that gives each of the workspace's systems a directory: commits by the
 * team's people (their e-mails, where they have them) touching a few files each, newest first.
 */
export function gitHistory(data: Pick<WorkspaceData, 'people' | 'systems'>, lines: number): { log: string; codeowners: string } {
  const authors = data.people.slice(0, 60).map((p, i) => p.emails?.[0] ?? `dev${i + 1}@bench.example`);
  const dirs = data.systems.map((_, i) => `services/system-${i + 1}`);
  const out: string[] = [];
  let commit = 0;
  while (out.length < lines) {
    commit++;
    out.push(`@${authors[(commit * 7) % authors.length]}`, '');
    const files = 1 + (commit % 4);
    for (let f = 0; f < files && out.length < lines - 1; f++) {
      const dir = dirs[(commit * 13 + f * 31) % dirs.length];
      out.push(`${commit % 9 === 0 ? 'A' : 'M'}\t${dir}/file-${(commit + f * 5) % 40}.ts`);
    }
    if (out.length < lines) out.push('');
  }
  out.length = lines;
  // A commit cut short by the line count would end on its blank line; git never prints that, so end on a file.
  while (!/^[AMDT]\t/.test(out[out.length - 1]!)) out.pop();
  while (out.length < lines) out.push(`M\t${dirs[0]}/file-0.ts`);
  const codeowners = data.systems.map((s, i) => `/${dirs[i]}/ @bench-owner-${i + 1}`).join('\n');
  return { log: out.join('\n'), codeowners };
}

export async function measureLearn(
  context: BrowserContext,
  opts: { runs: number; tempDir: string; fileUrl: string; today: string; data: Pick<WorkspaceData, 'people' | 'systems' | 'onboardingPlans'> },
): Promise<LearnResults> {
  const results: LearnResults = { plansReady: [], plansComplete: [], systemsReady: [], templatesReady: [], pairing: [], gitLog: [], gitLogLongestTask: [], gitLogProgress: [], errors: [] };
  const attempt = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (e) {
      results.errors.push(`${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  };
  // The plans page lists the newest start first, a page at a time, drawn before every plan's items are
  // read; the learning margin needs them all, so it says when the whole page is there.
  const firstPlan = [...opts.data.onboardingPlans].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title))[0]!.title;
  // The surface map's tiles show every system, drawn in the same pass as the table's first page.
  const lastSystem = [...opts.data.systems].sort((a, b) => a.name.localeCompare(b.name)).at(-1)!.name;
  const pages: { name: string; path: string; text: string; out: number[]; then?: { text: string; out: number[] } }[] = [
    { name: 'plans', path: '/learn/', text: firstPlan, out: results.plansReady, then: { text: 'of its time for learning this quarter', out: results.plansComplete } },
    { name: 'systems', path: '/learn/systems/', text: lastSystem, out: results.systemsReady },
    { name: 'templates', path: '/learn/templates/', text: 'My templates', out: results.templatesReady },
  ];
  for (let run = 1; run <= opts.runs; run++) {
    for (const { name, path, text, out, then } of pages) {
      const page = await context.newPage();
      await attempt(`${path} interactive`, async () => {
        await page.addInitScript(([n, t, after]) => {
          const bench = (window as unknown as { __bench: Probe }).__bench;
          bench.watch(n!, t!);
          if (after) bench.watch(`${n!} complete`, after);
        }, [name, text, then?.text]);
        await page.goto(path, { waitUntil: 'commit' });
        await page.waitForFunction((n) => (window as unknown as { __bench: Probe }).__bench.frames[n] !== undefined, name, { timeout: 60_000 });
        out.push(await page.evaluate((n) => (window as unknown as { __bench: Probe }).__bench.frames[n]!, name));
        if (!then) return;
        const complete = `${name} complete`;
        await page.waitForFunction((n) => (window as unknown as { __bench: Probe }).__bench.frames[n] !== undefined, complete, { timeout: 60_000 });
        then.out.push(await page.evaluate((n) => (window as unknown as { __bench: Probe }).__bench.frames[n]!, complete));
      });
      await page.close();
    }
  }

  const blank = await context.newPage();
  await attempt('pairing suggestions', async () => {
    await blank.goto('/__bench/blank.html');
    await blank.addScriptTag({ url: PAIRING_BUNDLE_URL });
    const times = await blank.evaluate(
      ([url, today]) => (window as unknown as { __benchPairing: (u: string, t: string) => Promise<number[]> }).__benchPairing(url!, today!),
      [opts.fileUrl, opts.today],
    );
    // The first runs include the JIT warming up; a manager's page recomputes many times.
    results.pairing.push(...times.slice(2));
  });
  await blank.close();

  const history = gitHistory(opts.data, GIT_LOG_LINES);
  const logPath = join(opts.tempDir, 'bench-git.log');
  const codeownersPath = join(opts.tempDir, 'CODEOWNERS');
  writeFileSync(logPath, history.log);
  writeFileSync(codeownersPath, history.codeowners);
  for (let run = 1; run <= opts.runs; run++) {
    const page = await context.newPage();
    await attempt('git log analysed', async () => {
      await page.goto('/learn/systems/');
      await page.getByRole('button', { name: 'Who knows the code: paste git history' }).click();
      await page.getByLabel('CODEOWNERS file that maps paths to systems').setInputFiles(codeownersPath);
      await page.getByLabel('…or the history saved as a file').setInputFiles(logPath);
      const analyse = page.getByRole('button', { name: 'Analyse the history' });
      // Enabled once the log is read; the CODEOWNERS file, chosen first and far smaller, is read by then.
      await page.waitForFunction(() => !(document.querySelector('[aria-labelledby="history-heading"] .row button') as HTMLButtonElement).disabled);
      await page.evaluate(() => {
        const w = window as unknown as { __bench: Probe; __progress: Set<string> };
        w.__progress = new Set();
        const status = document.querySelector('[aria-labelledby="history-heading"] p[role="status"]')!;
        new MutationObserver(() => {
          if (status.textContent) w.__progress.add(status.textContent);
        }).observe(status, { childList: true, subtree: true, characterData: true });
        w.__bench.watch('analysed', 'the whole repository’s truck factor is');
      });
      await analyse.click();
      await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.frames.analysed !== undefined, undefined, { timeout: 60_000 });
      const seen = await page.evaluate(() => {
        const w = window as unknown as { __bench: Probe; __progress: Set<string> };
        return { clicked: w.__bench.marks['click:Analyse the history']!, shown: w.__bench.frames.analysed!, longTasks: w.__bench.longTasks, progress: w.__progress.size };
      });
      // The work measured includes mapping files to the 200 systems: without it the preview has no table.
      if ((await page.getByRole('table', { name: 'What the history says, lowest truck factor first' }).count()) === 0) throw new Error('the history was not mapped to the systems');
      results.gitLog.push(seen.shown - seen.clicked);
      results.gitLogLongestTask.push(Math.max(0, ...seen.longTasks.filter((t) => t.start + t.duration > seen.clicked && t.start < seen.shown).map((t) => t.duration)));
      results.gitLogProgress.push(seen.progress);
    });
    await page.close();
  }
  return results;
}
