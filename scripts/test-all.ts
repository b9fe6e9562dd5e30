/**
 * `npm test`: lint → typecheck → unit → build → e2e, streaming each step's
 * output and stopping at the first failure. Ends with one line,
 * `N passed, N failed`, counted from the Vitest and Playwright JSON reports;
 * a step that failed without a test report to show for it counts as 1 failed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const unitReport = join(root, 'test-results', 'unit.json');
const e2eReport = join(root, 'test-results', 'e2e.json');

interface Step {
  name: string;
  command: string;
  args: string[];
  /** Counts this step's tests from its report; undefined when it left no report. */
  count?: () => Counts | undefined;
}

interface Counts {
  passed: number;
  failed: number;
}

const steps: Step[] = [
  { name: 'lint', command: 'npm', args: ['run', 'lint'] },
  { name: 'typecheck', command: 'npm', args: ['run', 'typecheck'] },
  {
    name: 'unit',
    command: 'vitest',
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile=${join('test-results', 'unit.json')}`],
    count: countUnit,
  },
  { name: 'build', command: 'npm', args: ['run', 'build'] },
  { name: 'e2e', command: 'npm', args: ['run', 'e2e'], count: countE2e },
];

function readJson(path: string): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Vitest's JSON reporter (Jest-compatible totals). */
function countUnit(): Counts | undefined {
  const report = readJson(unitReport) as { numPassedTests?: number; numFailedTests?: number } | undefined;
  if (!report || typeof report.numPassedTests !== 'number') return undefined;
  return { passed: report.numPassedTests, failed: report.numFailedTests ?? 0 };
}

/** Playwright's JSON reporter: expected = passed, unexpected = failed, flaky passed on retry. */
function countE2e(): Counts | undefined {
  const report = readJson(e2eReport) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | undefined;
  if (!report?.stats || typeof report.stats.expected !== 'number') return undefined;
  return { passed: report.stats.expected + (report.stats.flaky ?? 0), failed: report.stats.unexpected ?? 0 };
}

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    // Run as `npm test` does, with the project's node_modules/.bin (Node 24) first.
    const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
    const child = spawn(step.command, step.args, {
      cwd: root,
      env,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`test-all: could not start ${step.command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// Stale reports from an earlier run must not be counted.
rmSync(unitReport, { force: true });
rmSync(e2eReport, { force: true });

let passed = 0;
let failed = 0;
const summary: string[] = [];

for (const step of steps) {
  console.log(`\n── ${step.name}: ${[step.command, ...step.args].join(' ')}`);
  const started = Date.now();
  const code = await run(step);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = step.count?.();
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  // A failing step whose report shows no failed test (it crashed before or
  // outside its tests, or it is not a test runner) still counts once.
  if (code !== 0 && (counts?.failed ?? 0) === 0) failed += 1;
  summary.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${step.name} (${seconds}s)${counts ? `: ${counts.passed} passed, ${counts.failed} failed` : ''}`);
  if (code !== 0) {
    const skipped = steps.slice(steps.indexOf(step) + 1).map((next) => next.name);
    if (skipped.length > 0) summary.push(`skip ${skipped.join(', ')}`);
    break;
  }
}

console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
