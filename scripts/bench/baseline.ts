/**
 * `npm run bench -- --baseline <git ref>`: measures an earlier build of Turbine on this
 * machine right before this one, with that build's own bench, so BENCHMARKS.md can say
 * whether a change made a budget worse.
 *
 * Why: a budget in milliseconds moves with the machine. The yardsticks (yardstick.ts) take
 * out the load of the hour, but not a slower machine or a new Chromium: the same build can
 * pass on the machine its budgets were set on and fail on today's. Two builds measured on
 * the same machine in the same hour can be compared raw, whatever the machine.
 *
 * The earlier build is checked out into a temporary git worktree (sharing this checkout's
 * node_modules), built, and measured by the bench script of its own commit, which writes
 * BENCHMARKS.md there; its results table is read back here. Any commit whose bench takes
 * `--no-build` and writes a results table works (every one since the Hire rows). It runs the
 * same Chromium with this bench's feature list (browser.ts), whatever flags its own bench had.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromiumWithOurFeatures } from './browser.ts';

export interface Baseline {
  /** The commit measured: short hash and subject. */
  commit: string;
  measuredAt: string;
  /** The raw median of each budget as that bench printed it ("1,923 ms", "59.3 KB", "90"), by budget text. */
  rows: Map<string, string>;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const done = spawnSync(command, args, { cwd, stdio: 'inherit', env });
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

export function measureBaseline(ref: string, root: string, log: (line: string) => void): Baseline {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const described = git('log', '-1', '--format=%h %s', ref);
  if (described.status !== 0) throw new Error(`git does not know ${ref}`);
  const commit = described.stdout.trim();
  const dir = join(mkdtempSync(join(tmpdir(), 'turbine-baseline-')), 'turbine');
  log(`baseline: measuring ${commit} in ${dir}`);
  if (git('worktree', 'add', '--detach', dir, ref).status !== 0) throw new Error(`could not check out ${ref}`);
  try {
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    run('npm', ['run', 'build'], dir);
    // Its bench launches CHROMIUM_PATH with its own flags: this one keeps both builds in the same browser.
    run('node', ['scripts/bench.ts', '--no-build'], dir, { ...process.env, CHROMIUM_PATH: chromiumWithOurFeatures(dirname(dir)) });
    return { commit, ...resultsOf(readFileSync(join(dir, 'BENCHMARKS.md'), 'utf8')) };
  } finally {
    git('worktree', 'remove', '--force', dir);
  }
}

/**
 * The results table of a BENCHMARKS.md of any version: the budget is the first cell and the
 * raw median opens the second (older files have no yardstick columns).
 */
export function resultsOf(text: string): { measuredAt: string; rows: Map<string, string> } {
  const measuredAt = /^Measured (.+?) UTC/m.exec(text)?.[1] ?? 'at an unknown time';
  const start = text.indexOf('## Results');
  const ends = ['### Compared', '### Against', '### Details'].map((h) => text.indexOf(h, start)).filter((i) => i > 0);
  const rows = new Map<string, string>();
  for (const line of text.slice(start, Math.min(...ends, text.length)).split('\n')) {
    // Cells are split on pipes that the table did not escape.
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    if (cells.length < 6 || cells[1] === 'budget' || cells[1]!.startsWith('---')) continue;
    rows.set(cells[1]!.replace(/\\\|/g, '|'), cells[2]!.replace(/ \(.*$/, ''));
  }
  return { measuredAt, rows };
}

/** "1,923 ms" → 1923; "59.3 KB" → 59.3; "0.36×" → 0.36. */
export const figureOf = (text: string): number => Number.parseFloat(text.replace(/,/g, ''));

/**
 * How far a figure may move the wrong way between the two builds before it is called worse:
 * a tenth of the larger of the baseline's figure and the budget's own limit, about the spread
 * of the runs on a shared machine (a 0 ms longest task may become 15 ms of noise).
 */
export const NOISE = 0.1;

/**
 * Compares this build's raw median with the baseline's, in the direction the budget runs
 * (a score "≥ 95" or "= 100" should not drop; anything else should not grow).
 */
export function versus(budget: string, then: string, now: string): { change: string; verdict: 'worse' | 'not worse' } {
  const [a, b] = [figureOf(then), figureOf(now)];
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { change: '—', verdict: then === now ? 'not worse' : 'worse' };
  const limit = figureOf(/([\d,.]+)\D*$/.exec(budget)?.[1] ?? 'NaN');
  const higherIsBetter = /[≥=] [\d.]+$/.test(budget);
  const change = a === 0 ? (b === 0 ? '—' : 'from 0') : `${(b / a).toFixed(2)}×`;
  const slack = NOISE * Math.max(Math.abs(a), Number.isFinite(limit) ? limit : 0);
  const worse = higherIsBetter ? b < a - slack : b > a + slack;
  return { change, verdict: worse ? 'worse' : 'not worse' };
}
