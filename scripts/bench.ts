/**
 * `npm run bench`: measures Turbine's performance budgets in real headless Chromium,
 * against the production build, on a generated large workspace, and writes the
 * results to BENCHMARKS.md.
 *
 *   npm run bench                 build first, then measure (4–7 minutes on 2 cores)
 *   npm run bench -- --no-build   measure the dist/ that is already there
 *   npm run bench -- --baseline <git ref>
 *                                 first measure that earlier build the same way (its own bench,
 *                                 in a temporary worktree), then this one, and say per budget
 *                                 whether this build is worse (scripts/bench/baseline.ts)
 *
 * It is a measurement, not a test: it exits 0 when budgets fail (and prints FAIL
 * for them); it exits 1 only when it cannot measure at all (build failed, no dist/,
 * no Chromium). Every number is the median of several runs, because the machine is
 * shared; the spread (min – max) is printed next to it. And every time budget is
 * judged against yardsticks measured in the same run (scripts/bench/yardstick.ts):
 * the raw figure scaled to the reference machine, so a busy machine does not fail
 * the app.
 *
 * Why these choices:
 *  - dist/ is served by a tiny server of our own (scripts/bench/server.ts), not
 *    `astro preview`: a static host is what ships. It serves a copy of dist/ taken right
 *    after the build, so a build started meanwhile (npm test, another terminal) cannot
 *    swap the hashed bundles under a running measurement.
 *  - The generated workspace file is mounted on that server at /__bench/workspace.json,
 *    so the page can fetch it same-origin. (page.route would also work, but Playwright
 *    then intercepts every request of the page, which would slow the very page loads
 *    rows 5 and 6 measure.)
 *  - Service workers are blocked in the measuring contexts: the app's service worker
 *    precaches the site on first visit, which would compete with the import for the
 *    two cores and make runs differ by whether it had finished.
 *  - Timings are taken inside the page with performance.now() (scripts/bench/in-page.ts),
 *    so Playwright's round trips and clicking do not count; export is timed from Node
 *    because its end is the download event, which only Node sees.
 *  - Each heavy run (rows 1–4) gets a fresh browser context, i.e. an empty database.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { benchSize, growSize, largeWorkspace, learnSize, LARGE_WORKSPACE_TODAY } from './bench/large-workspace.ts';
import { GIT_LOG_LINES, measureLearn, PAIRING_BUNDLE_URL, pairingBundle, type LearnResults } from './bench/learn.ts';
import { measureGrow, type GrowResults } from './bench/grow.ts';
import { CONCURRENT_KITS, measurePanel, OPEN_KITS, type PanelResults } from './bench/panel.ts';
import { thisQuarter } from '../src/domain/dates.ts';
import { kinds } from '../src/schemas/kinds.ts';
import { WORKSPACE_FORMAT_VERSION } from '../src/schemas/format.ts';
import { serveStatic } from './bench/server.ts';
import {
  bareWrite,
  exportBreakdown,
  installProbes,
  probeWorkerOnMessage,
  probeWorkerRoundTrip,
  validateInWorker,
  type LongTask,
  type Probe,
  type SnapshotRun,
} from './bench/in-page.ts';
import { runLighthouse, type LighthouseOutcome } from './bench/lighthouse.ts';
import { BLANK_PAGE_URL, INSIGHTS_BUNDLE_URL, insightsBundle, measureDesign, type DesignResults } from './bench/design.ts';
import { CALIBRATION_READY_TEXT, measureHire, type HireResults } from './bench/hire.ts';
import { kb, mb, ms, perSecond, spread, summarise, type Summary } from './bench/stats.ts';
import { writeReport, type Row } from './bench/report.ts';
import { measureBaseline } from './bench/baseline.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './bench/browser.ts';
import { measureDomain } from './bench/domain.ts';
import { LABEL, REFERENCE, sampleNode, samplePage, scaleFrom, YARDSTICK_BUNDLE_URL, yardstickBundle, type Sample, type Scale } from './bench/yardstick.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtDist = join(root, 'dist');
const argv = process.argv.slice(2);
const args = new Set(argv);
const baselineRef = argv.find((a) => a.startsWith('--baseline='))?.slice('--baseline='.length) ?? (args.has('--baseline') ? argv[argv.indexOf('--baseline') + 1] : undefined);

const HEAVY_RUNS = 3; // rows 1–4: each run imports 137k records, ~15 s
const CHEAP_RUNS = 5; // rows 5–6: a page load each
const LIGHTHOUSE_RUNS = 3; // row 7: ~20 s each
const STEP_TIMEOUT = 180_000; // generous: a slow import should be measured, not time out
const EXPORT_TIMEOUT = 60_000; // 20× the budget; past it the export has failed, and the page says why

const BENCH_FILE_URL = '/__bench/workspace.json';
const LEARN_FILE_URL = '/__bench/learn-workspace.json';
const PROBE_WORKER_URL = '/__bench/probe-worker.js';

const log = (line: string) => console.log(`bench: ${line}`);

// ---------------------------------------------------------------------------
// Set-up: build, find the worker, generate the workspace file, serve dist/.
// ---------------------------------------------------------------------------

if (!existsSync(CHROMIUM)) {
  console.error(`bench: no Chromium at ${CHROMIUM}: install it with \`sudo apt-get install chromium\` (or set CHROMIUM_PATH)`);
  process.exit(1);
}

// The earlier build first, so both are measured in the same hour, the later one last.
const baseline = baselineRef ? measureBaseline(baselineRef, root, log) : undefined;

// Before the build, which loads the machine itself: how busy it was with other work.
const loadAtStart = loadavg()[0]!;

if (!args.has('--no-build')) {
  log('npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('bench: the build failed, nothing to measure');
    process.exit(1);
  }
}
if (!existsSync(join(builtDist, 'index.html'))) {
  console.error('bench: dist/index.html not found; run without --no-build');
  process.exit(1);
}

const tempDir = mkdtempSync(join(tmpdir(), 'turbine-bench-'));
process.on('exit', () => rmSync(tempDir, { recursive: true, force: true }));
// The snapshot of the build that everything below serves, finds and sizes.
const dist = join(tempDir, 'dist');
cpSync(builtDist, dist, { recursive: true });
const workerUrl = findImportWorker();

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
// The yardsticks' samples, in the order taken; each row is scaled by the ones around it.
const samples: Sample[] = [];
const nodeBeforeGenerate = sampleNode('before generating the workspace');
samples.push(nodeBeforeGenerate);
const generateStart = performance.now();
const data = largeWorkspace(benchSize);
const generateMs = performance.now() - generateStart;
const nodeAfterGenerate = sampleNode('after generating the workspace');
samples.push(nodeAfterGenerate);
const file = { format: 'turbine-workspace', formatVersion: WORKSPACE_FORMAT_VERSION, exportedAt: new Date().toISOString(), app: { name: 'Turbine', version }, data };
const fileName = 'turbine-bench-workspace.json';
const filePath = join(tempDir, fileName);
writeFileSync(filePath, JSON.stringify(file));
const fileBytes = statSync(filePath).size;
const recordCounts = Object.fromEntries(kinds.map((k) => [k, data[k].length]));
const totalRecords = kinds.reduce((n, k) => n + data[k].length, 0);
// Home's lines of what needs the manager today, each by a text it shows only once its data is
// drawn: the 90-day plan's (its heading, whichever week), 1:1s, Hire's, Grow's and Learn's.
const HOME_SIGNALS = {
  plan: 'first 90 days',
  conversations: 'Open action items',
  hire: 'Hiring today',
  grow: 'Grow this quarter',
  learn: 'Overdue onboarding items',
} as const;
type HomeSignal = keyof typeof HOME_SIGNALS;

// What Home should say once it has read the workspace: people who have not moved on.
const currentPeople = data.people.filter((p) => p.status !== 'moved-on').length;
const homeText = `${currentPeople} people`;
log(`generated ${totalRecords.toLocaleString('en-GB')} records in ${ms(generateMs)}: ${filePath} is ${mb(fileBytes)} (${fileBytes.toLocaleString('en-GB')} bytes)`);
// The Learn rows' own workspace: the same team and matrix, 200 systems and 1,000 plans of 40 items.
const learnData = largeWorkspace(learnSize);
const learnFileName = 'turbine-bench-learn-workspace.json';
const learnFilePath = join(tempDir, learnFileName);
writeFileSync(learnFilePath, JSON.stringify({ ...file, data: learnData }));
const learnItems = learnData.onboardingPlans.reduce((n, p) => n + p.items.length, 0);
const growData = largeWorkspace(growSize);
const growFileName = 'turbine-bench-grow-workspace.json';
const growFilePath = join(tempDir, growFileName);
writeFileSync(growFilePath, JSON.stringify({ ...file, data: growData }));

const server = await serveStatic(dist, {
  [BENCH_FILE_URL]: filePath,
  [LEARN_FILE_URL]: learnFilePath,
  // The plans page's pairing code, bundled, for row L4 (run in the blank page below).
  [PAIRING_BUNDLE_URL]: { body: pairingBundle(root), type: 'text/javascript; charset=utf-8' },
  [PROBE_WORKER_URL]: { body: `self.onmessage = ${probeWorkerOnMessage.toString()};`, type: 'text/javascript; charset=utf-8' },
  // The app's insights code, bundled, and a page without the app's CSP to run it in (Design row D3).
  [INSIGHTS_BUNDLE_URL]: { body: insightsBundle(root), type: 'text/javascript; charset=utf-8' },
  [BLANK_PAGE_URL]: { body: '<!doctype html><title>bench</title>', type: 'text/html; charset=utf-8' },
  // The page yardsticks (scripts/bench/yardstick.ts), run in that same blank page.
  [YARDSTICK_BUNDLE_URL]: { body: yardstickBundle(root), type: 'text/javascript; charset=utf-8' },
});
log(`serving dist/ on ${server.origin}`);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
log(`Chromium ${chromiumVersion}`);

// One page, in a context of its own, kept for the whole run: the yardsticks are sampled
// in it between the sections below, so each section is judged by how fast the machine
// was right around it.
const yardstickContext = await browser.newContext({ baseURL: server.origin, serviceWorkers: 'block' });
const yardstickPage = await yardstickContext.newPage();
await yardstickPage.goto(BLANK_PAGE_URL);
await yardstickPage.addScriptTag({ url: YARDSTICK_BUNDLE_URL });
async function pageSample(at: string): Promise<Sample> {
  const sample = await samplePage(yardstickPage, at);
  samples.push(sample);
  log(`yardsticks ${at}: page data ${spread(summarise(sample.times.pageData!), ms)}, page render ${spread(summarise(sample.times.pageRender!), ms)}`);
  return sample;
}
const beforeHeavy = await pageSample('before rows 1–4');

// ---------------------------------------------------------------------------
// Rows 1–4: validate, import (with its bare-IndexedDB yardstick and long tasks), export.
// ---------------------------------------------------------------------------

interface HeavyRun {
  validateMs: number;
  /** The probe worker: start + read + parse only, no validation (for the breakdown). */
  probe: { startMs: number; readMs: number; parseMs: number; totalMs: number };
  previewMs: number;
  commitMs: number;
  importMs: number;
  importWallMs: number;
  bareMs: number;
  /** Main-thread time the bare write spent in its put() calls (IndexedDB serialises each value there). */
  barePutsMs: number;
  longestTask: number;
  longestPreviewTask: number;
  longestCommitTask: number;
  longTasksDuringImport: LongTask[];
  exportEventMs: number;
  exportSavedMs: number;
  exportBytes: number;
  exportRecords: number;
  /** In the page: click → the "Exported …" message, i.e. the app's own part of the export. */
  exportInPageMs: number;
  exportParts: { readMs: number; stringifyMs: number; blobMs: number };
  /** The recovery snapshot the app takes a few seconds after the import's writes (worker start → reply). */
  snapshotAfterImport: SnapshotRun;
}

// One entry per run, filled in as each step finishes: a run that fails at the export
// still counts for the rows it did measure.
const heavy: Partial<HeavyRun>[] = [];
const heavyErrors: string[] = [];
let loadedContext: BrowserContext | undefined; // the last context whose import succeeded keeps the workspace for row 5

for (let run = 1; run <= HEAVY_RUNS; run++) {
  const context = await newContext(browser);
  const result: Partial<HeavyRun> = {};
  heavy.push(result);
  try {
    await heavyRun(context, result);
    log(
      `run ${run}/${HEAVY_RUNS}: validate ${ms(result.validateMs!)}, import ${ms(result.importMs!)} (preview ${ms(result.previewMs!)} + commit ${ms(result.commitMs!)}), ` +
        `bare ${ms(result.bareMs!)}, longest task ${ms(result.longestTask!)}, export ${ms(result.exportSavedMs!)}`,
    );
  } catch (e) {
    heavyErrors.push(e instanceof Error ? e.message.split('\n')[0]! : String(e));
    log(`run ${run}/${HEAVY_RUNS} failed: ${heavyErrors.at(-1)}`);
  }
  if (result.importMs !== undefined) {
    await loadedContext?.close();
    loadedContext = context;
  } else await context.close();
}

async function heavyRun(context: BrowserContext, r: Partial<HeavyRun>): Promise<void> {
  // Row 1 in a page of its own, so the 47 MB it fetches is not still on the heap the
  // import page is measured with.
  const validatePage = await context.newPage();
  await validatePage.goto('/data/');
  const validation = await validatePage.evaluate(validateInWorker, { workerUrl, fileUrl: BENCH_FILE_URL });
  if (!validation.ok) throw new Error(`the import worker refused the generated file: ${validation.headline}`);
  r.validateMs = validation.ms;
  r.probe = await validatePage.evaluate(probeWorkerRoundTrip, { probeUrl: PROBE_WORKER_URL, fileUrl: BENCH_FILE_URL });
  await validatePage.close();

  // Row 2 (a): the real UI, as a manager would do it, on an empty workspace.
  const page = await context.newPage();
  const { seen, changed, valid, clicked, imported, wallMs } = await importThroughUi(page);
  r.importWallMs = wallMs;
  const longest = (from: number, to: number) => Math.max(0, ...overlapping(seen.longTasks, from, to).map((t) => t.duration));
  r.previewMs = valid - changed;
  r.commitMs = imported - clicked;
  // The app's time only: the bench's own delay between the preview and its click is left out.
  r.importMs = r.previewMs + r.commitMs;
  r.longestTask = longest(changed, imported);
  r.longestPreviewTask = longest(changed, valid);
  r.longestCommitTask = longest(clicked, imported);
  r.longTasksDuringImport = overlapping(seen.longTasks, changed, imported);

  // The app takes a recovery snapshot a few seconds after the import's writes, in a worker.
  // Let it finish first: running beside the bare write below it would slow the yardstick and
  // flatter row 2 (it did before the bench waited for it).
  r.snapshotAfterImport = await snapshotAfter(page, imported);

  // Row 2 (b): the yardstick, in the same page, right after.
  const bare = await page.evaluate(bareWrite, { fileUrl: BENCH_FILE_URL, kinds, name: 'bench-bare' });
  if (bare.records !== totalRecords) throw new Error(`bare write put ${bare.records} records, expected ${totalRecords}`);
  r.bareMs = bare.ms;
  r.barePutsMs = bare.putsQueuedMs;

  // Row 4: export what was just imported. Timed from Node: the end is the download event.
  // In the page, the "Exported … records" message marks when the app handed the file over.
  await page.evaluate((text) => (window as unknown as { __bench: Probe }).__bench.watch('exported', text), `Exported ${totalRecords.toLocaleString('en-GB')} records`);
  const exportPath = join(tempDir, 'export.json');
  const exportStart = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: EXPORT_TIMEOUT }).catch(async (e: unknown) => {
      // No download: say what the page says instead (the export panel shows its errors).
      const shown = await page.locator('[aria-labelledby="export-heading"] .notice').allTextContents();
      throw new Error(`no download${shown.length > 0 ? `; the page says: ${shown.join(' ')}` : ''} (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    }),
    page.getByRole('button', { name: 'Export workspace' }).click(),
  ]);
  r.exportEventMs = performance.now() - exportStart;
  await download.saveAs(exportPath);
  r.exportSavedMs = performance.now() - exportStart;
  r.exportBytes = statSync(exportPath).size;
  const exported = JSON.parse(readFileSync(exportPath, 'utf8')) as { data: Record<string, unknown[]> };
  r.exportRecords = kinds.reduce((n, k) => n + (exported.data[k]?.length ?? 0), 0);
  rmSync(exportPath);
  if (r.exportRecords !== totalRecords) throw new Error(`the export holds ${r.exportRecords} records, expected ${totalRecords}`);
  const afterExport = await readProbe(page);
  r.exportInPageMs = mark(afterExport, 'exported') - mark(afterExport, 'click:Export workspace');
  r.exportParts = await page.evaluate(exportBreakdown);
  await page.close();
}

const afterHeavy = await pageSample('after rows 1–4');

// ---------------------------------------------------------------------------
// Row 5: Home with the large workspace loaded (the last heavy run's database).
// ---------------------------------------------------------------------------

const home: { readyMs: number; domMs: number; longestTask: number }[] = [];
let homeError: string | undefined;
// Rows P1–P2 (the first 90 days): Home with every line of what needs the manager today drawn,
// each line's own time kept to say which costs what; the plan page itself (the large
// workspace's plan, made from the template for its 285 people).
const homeSignals: Record<HomeSignal, number>[] = [];
const planPage: { readyMs: number; ticksMs: number }[] = [];
let planError: string | undefined;
if (loadedContext) {
  for (let run = 1; run <= CHEAP_RUNS; run++) {
    const page = await loadedContext.newPage();
    try {
      await page.addInitScript((signals) => {
        const bench = (window as unknown as { __bench: Probe }).__bench;
        for (const [name, text] of Object.entries(signals)) bench.watch(`signal:${name}`, text);
      }, HOME_SIGNALS);
      await page.goto('/', { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.frames.home !== undefined, undefined, { timeout: 30_000 });
      const probe = await readProbe(page);
      const readyMs = mark(probe, 'home', 'frames');
      home.push({ readyMs, domMs: mark(probe, 'home'), longestTask: Math.max(0, ...overlapping(probe.longTasks, 0, readyMs).map((t) => t.duration)) });
      try {
        await page.waitForFunction((names) => names.every((n) => (window as unknown as { __bench: Probe }).__bench.frames[`signal:${n}`] !== undefined), Object.keys(HOME_SIGNALS), { timeout: 60_000 });
        const signals = await readProbe(page);
        homeSignals.push(Object.fromEntries(Object.keys(HOME_SIGNALS).map((n) => [n, mark(signals, `signal:${n}`, 'frames')])) as Record<HomeSignal, number>);
      } catch (e) {
        planError = `Home's lines: ${e instanceof Error ? e.message.split('\n')[0]! : String(e)}`;
      }
    } catch (e) {
      homeError = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    } finally {
      await page.close();
    }
    const plan = await loadedContext.newPage();
    try {
      await plan.addInitScript(() => {
        const bench = (window as unknown as { __bench: Probe }).__bench;
        bench.watch('plan', 'The whole plan');
        // The matrix's tick, in either wording ("… have your level in all 300 capabilities").
        bench.watch('plan-ticks', 'have your level');
      });
      await plan.goto('/plan/', { waitUntil: 'commit' });
      await plan.waitForFunction(() => ['plan', 'plan-ticks'].every((k) => (window as unknown as { __bench: Probe }).__bench.frames[k] !== undefined), undefined, { timeout: 60_000 });
      const probe = await readProbe(plan);
      planPage.push({ readyMs: mark(probe, 'plan', 'frames'), ticksMs: mark(probe, 'plan-ticks', 'frames') });
    } catch (e) {
      planError = `the plan page: ${e instanceof Error ? e.message.split('\n')[0]! : String(e)}`;
    } finally {
      await plan.close();
    }
  }
} else homeError = 'no heavy run finished, so no workspace was loaded';
log(`home: ${home.map((h) => ms(h.readyMs)).join(', ')}${homeError ? ` (error: ${homeError})` : ''}`);
log(`home with every line: ${homeSignals.map((s) => ms(Math.max(...Object.values(s)))).join(', ')}; plan page: ${planPage.map((p) => `${ms(p.readyMs)} (ticks ${ms(p.ticksMs)})`).join(', ')}${planError ? ` (error: ${planError})` : ''}`);
const afterHome = await pageSample('after row 5');

// ---------------------------------------------------------------------------
// Rows D1–D4: the Design phase with the same large workspace (scripts/bench/design.ts).
// ---------------------------------------------------------------------------

const FRAMEWORK_CAPABILITIES = 500;
let design: DesignResults = { matrixReady: [], editVisible: [], editVisibleDuringSnapshot: [], snapshotDuringEdits: undefined, insights: [], frameworkPreview: [], frameworkCommit: [], errors: ['no heavy run finished, so no workspace was loaded'] };
let hire: HireResults = {
  calibrationReady: [],
  calibrationLongestTask: [],
  decisionView: [],
  nextPage: [],
  listLongestTask: [],
  errors: ['no heavy run finished, so no workspace was loaded'],
};
// A decided candidate: the one whose decision view row H2 opens.
const decidedCandidate = data.candidates.find((c) => c.decision !== undefined)!;
if (loadedContext) design = await measureDesign(loadedContext, { runs: HEAVY_RUNS, tempDir, fileUrl: BENCH_FILE_URL, frameworkTopics: FRAMEWORK_CAPABILITIES });
const afterDesign = await pageSample('after rows D1–D4');
// Rows H1–H4: the Hire phase with the same large workspace (scripts/bench/hire.ts).
if (loadedContext) {
  hire = await measureHire(loadedContext, { runs: HEAVY_RUNS, decided: { id: decidedCandidate.id, name: decidedCandidate.name } });
  await loadedContext.close();
}
const afterHire = await pageSample('after rows H1–H4');

// ---------------------------------------------------------------------------
// Rows L1–L5: the Learn phase, in a context holding the Learn workspace (scripts/bench/learn.ts).
// ---------------------------------------------------------------------------

let learn: LearnResults = { plansReady: [], plansComplete: [], systemsReady: [], templatesReady: [], pairing: [], gitLog: [], gitLogLongestTask: [], gitLogProgress: [], errors: [] };
{
  const context = await newContext(browser);
  try {
    const setup = await context.newPage();
    const { imported } = await importThroughUi(setup, learnFilePath, learnFileName);
    // As after any import, the app keeps a recovery snapshot a few seconds later; the rows measure
    // the pages after it, as a manager meets them, not beside it.
    await snapshotAfter(setup, imported);
    await setup.close();
    learn = await measureLearn(context, { runs: HEAVY_RUNS, tempDir, fileUrl: LEARN_FILE_URL, today: LARGE_WORKSPACE_TODAY, data: learnData });
  } catch (e) {
    learn.errors.push(`the Learn workspace could not be imported: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  } finally {
    await context.close();
  }
}
const afterLearn = await pageSample('after rows L1–L5');

// ---------------------------------------------------------------------------
// Rows G1–G4: the Grow phase, in a context holding the Grow workspace (scripts/bench/grow.ts).
// ---------------------------------------------------------------------------

let grow: GrowResults = { overviewReady: [], overviewComplete: [], trajectoryReady: [], trajectoryPageLoad: [], checkInPageLoad: [], checkInReady: [], typingLongestTask: [], typingSaves: [], errors: [] };
{
  const context = await newContext(browser);
  try {
    const setup = await context.newPage();
    const { imported } = await importThroughUi(setup, growFilePath, growFileName);
    await snapshotAfter(setup, imported);
    await setup.close();
    // The pages open the quarter of the real today (a fake clock would also fake the frame times measured).
    grow = await measureGrow(context, { runs: HEAVY_RUNS, quarter: thisQuarter(), data: growData });
  } catch (e) {
    grow.errors.push(`the Grow workspace could not be imported: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  } finally {
    await context.close();
  }
}
const afterGrow = await pageSample('after rows G1–G4');

// ---------------------------------------------------------------------------
// Rows K1–K3: the live panel, on a sync server started on loopback that serves this build (scripts/bench/panel.ts).
// ---------------------------------------------------------------------------

const panel: PanelResults = await measurePanel(browser, { site: dist, runs: CHEAP_RUNS }).catch((e: unknown) => ({
  submitToDecision: [],
  connect200: [],
  load500: [],
  errors: [`the sync server could not be measured: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`],
}));
log(
  `panel: submit → decision view ${panel.submitToDecision.map(ms).join(', ')}; ${OPEN_KITS} open kits up to date ${panel.connect200.map(ms).join(', ')}; ` +
    `${CONCURRENT_KITS} connections ${panel.load500.map((r) => `${ms(r.ms)}, ${r.lost} lost`).join('; ')}` +
    (panel.errors.length ? ` (errors: ${panel.errors.join('; ')})` : ''),
);
log(
  `grow: overview ${grow.overviewReady.map(ms).join(', ')} (whole page ${grow.overviewComplete.map(ms).join(', ')}); next person's trajectory ${grow.trajectoryReady.map(ms).join(', ')} (page load ${grow.trajectoryPageLoad.map(ms).join(', ')}); next person's check-in ${grow.checkInReady.map(ms).join(', ')} (page load ${grow.checkInPageLoad.map(ms).join(', ')}); ` +
    `typing longest task ${grow.typingLongestTask.map(ms).join(', ')} (${grow.typingSaves.join(', ')} saves)` +
    (grow.errors.length ? ` (errors: ${grow.errors.join('; ')})` : ''),
);
log(
  `learn: plans ${learn.plansReady.map(ms).join(', ')} (whole page ${learn.plansComplete.map(ms).join(', ')}); systems ${learn.systemsReady.map(ms).join(', ')}; templates ${learn.templatesReady.map(ms).join(', ')}; ` +
    `pairing ${learn.pairing.map(ms).join(', ')}; git log ${learn.gitLog.map(ms).join(', ')} (longest task ${learn.gitLogLongestTask.map(ms).join(', ')})` +
    (learn.errors.length ? ` (errors: ${learn.errors.join('; ')})` : ''),
);
await yardstickContext.close();
log(
  `design: matrix ${design.matrixReady.map(ms).join(', ')}; edits ${design.editVisible.map(ms).join(', ')}; insights ${design.insights.map(ms).join(', ')}; ` +
    `framework preview ${design.frameworkPreview.map(ms).join(', ')}, commit ${design.frameworkCommit.map(ms).join(', ')}` +
    (design.errors.length ? ` (errors: ${design.errors.join('; ')})` : ''),
);

log(`hire: calibration ${hire.calibrationReady.map(ms).join(', ')}` + (hire.errors.length ? ` (errors: ${hire.errors.join('; ')})` : ''));

// ---------------------------------------------------------------------------
// Row S: what the recovery snapshot taken before a replace import adds to the import.
// ---------------------------------------------------------------------------

/**
 * Pairs of replace imports over the loaded large workspace, one with the snapshot the app
 * keeps first and one without, in the same fresh browser context, one right after the other
 * (the order alternates between pairs, so neither side always gets the warmer machine).
 * "Without" is the app's own path for a browser that has no Origin Private File System:
 * the page is opened with `navigator.storage.getDirectory` hidden, so takeSnapshot()
 * returns at once (src/state/recovery.ts). Each import's page is closed as soon as it says
 * "Imported", which also cancels the debounced snapshot that would follow its writes, so no
 * snapshot other than the one measured runs in either import.
 *
 * Two situations, each with the workspace loaded afresh before every import (not timed):
 * - S2, as a manager meets it: the workspace last changed more than a few seconds ago, so the
 *   app already kept its snapshot (the setup page waits for it) and the import needs no new one;
 * - S2b, right after a change: the setup page is closed before its snapshot is due, so the
 *   import must write the snapshot while it runs.
 */
// Five: a pair's ratio swings by ±0.1 with what IndexedDB is still doing after the untimed load.
const SNAPSHOT_PAIRS = 5;
type SnapshotSituation = 'kept' | 'just-changed';
interface ReplaceImport {
  previewMs: number;
  commitMs: number;
  importMs: number;
  /** The snapshot the import took (worker start → reply); none without snapshots, or when the kept one was current. */
  snapshot: SnapshotRun | undefined;
}
type SnapshotPair = { with: ReplaceImport; without: ReplaceImport };
const snapshotPairs: Record<SnapshotSituation, SnapshotPair[]> = { kept: [], 'just-changed': [] };
const snapshotErrors: Record<SnapshotSituation, string[]> = { kept: [], 'just-changed': [] };

/** Runs in the page before its scripts: this page has no private file system, as in a browser without OPFS. */
function hidePrivateFileSystem() {
  Object.defineProperty(StorageManager.prototype, 'getDirectory', { value: undefined, configurable: true });
}

/** How many records the newest snapshot kept holds, read in the page. */
function newestSnapshotRecords(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('turbine-recovery');
    const index = JSON.parse(await (await (await dir.getFileHandle('index.json')).getFile()).text()) as { at: string; counts: Record<string, number> }[];
    const newest = index.sort((a, b) => b.at.localeCompare(a.at))[0];
    return newest ? Object.values(newest.counts).reduce((n, c) => n + c, 0) : 0;
  });
}

/** Loads the workspace to be replaced (not timed); for 'kept', waits for the app's own snapshot of it. */
async function loadWorkspaceToReplace(context: BrowserContext, situation: SnapshotSituation): Promise<void> {
  const setup = await context.newPage();
  try {
    const { imported } = await importThroughUi(setup);
    if (situation === 'kept') {
      await snapshotAfter(setup, imported);
      const records = await newestSnapshotRecords(setup);
      if (records !== totalRecords) throw new Error(`the snapshot kept after loading holds ${records} records, not ${totalRecords}`);
    }
  } finally {
    await setup.close();
  }
}

async function replaceImport(context: BrowserContext, situation: SnapshotSituation, withSnapshots: boolean): Promise<ReplaceImport> {
  await loadWorkspaceToReplace(context, situation);
  const page = await context.newPage();
  try {
    if (!withSnapshots) await page.addInitScript(hidePrivateFileSystem);
    const { seen, changed, valid, clicked, imported } = await importThroughUi(page);
    // The app starts the snapshot when the file is chosen, while the file is checked.
    const taken = seen.snapshots.filter((x) => x.start >= changed && x.start <= imported);
    if (!withSnapshots) {
      if (taken.length > 0) throw new Error('a snapshot was taken although the page had no private file system');
    } else if (taken.length === 0) {
      // Only a kept snapshot that still holds the workspace excuses the import from taking one.
      if (situation === 'just-changed') throw new Error('no snapshot was taken before replacing a workspace changed moments before');
    } else if (taken.length !== 1 || !taken[0]!.ok || taken[0]!.records !== totalRecords) {
      // The snapshot must really have held the workspace it was protecting, or this measures nothing.
      throw new Error(`expected one snapshot of ${totalRecords} records before the replace, saw ${JSON.stringify(taken)}`);
    }
    return { previewMs: valid - changed, commitMs: imported - clicked, importMs: valid - changed + (imported - clicked), snapshot: taken[0] };
  } finally {
    await page.close();
  }
}

for (const situation of ['kept', 'just-changed'] as const) {
  for (let pair = 1; pair <= SNAPSHOT_PAIRS; pair++) {
    const context = await newContext(browser);
    try {
      const order = pair % 2 === 1 ? [true, false] : [false, true];
      const measured: Partial<SnapshotPair> = {};
      for (const withSnapshots of order) measured[withSnapshots ? 'with' : 'without'] = await replaceImport(context, situation, withSnapshots);
      const { with: w, without: wo } = measured as SnapshotPair;
      snapshotPairs[situation].push({ with: w, without: wo });
      log(
        `snapshot pair ${pair}/${SNAPSHOT_PAIRS} (${situation}): replace import with snapshots ${ms(w.importMs)} ` +
          `(${w.snapshot ? `snapshot ${ms(w.snapshot.end! - w.snapshot.start)}` : 'kept snapshot was current'}), without ${ms(wo.importMs)}: ${(w.importMs / wo.importMs).toFixed(2)}×`,
      );
    } catch (e) {
      snapshotErrors[situation].push(e instanceof Error ? e.message.split('\n')[0]! : String(e));
      log(`snapshot pair ${pair}/${SNAPSHOT_PAIRS} (${situation}) failed: ${snapshotErrors[situation].at(-1)}`);
    } finally {
      await context.close();
    }
  }
}

// ---------------------------------------------------------------------------
// Rows U1–U6: the app's pure rules in Node, on the same workspace (scripts/bench/domain.ts).
// ---------------------------------------------------------------------------

const beforeDomain = sampleNode('before rows U1–U5');
samples.push(beforeDomain);
const domain = measureDomain(data, generateMs);
const afterDomain = sampleNode('after rows U1–U5');
samples.push(afterDomain);
log(`domain: ${domain.map((d) => `${d.id} ${ms(summarise(d.times).median)}`).join(', ')}`);

// ---------------------------------------------------------------------------
// Row 6: JavaScript each page loads, gzip-sized from the files in dist/.
// ---------------------------------------------------------------------------

const JS_PAGES = ['/', '/guides/design/'];
const jsShipped = new Map<string, { gzip: number; raw: number; files: string[] }[]>();
for (const path of JS_PAGES) {
  const runs: { gzip: number; raw: number; files: string[] }[] = [];
  for (let run = 1; run <= CHEAP_RUNS; run++) runs.push(await measureJs(path));
  jsShipped.set(path, runs);
  log(`JS on ${path}: ${runs.map((r) => kb(r.gzip)).join(', ')} gzip`);
}

async function measureJs(path: string) {
  // A fresh context each time: nothing cached, so every script the page needs is a response.
  const context = await newContext(browser);
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === server.origin && /\.m?js$/.test(url.pathname)) scripts.add(url.pathname);
  });
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  await context.close();
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  let gzip = 0;
  let raw = 0;
  for (const script of scripts) {
    const bytes = readFileSync(join(dist, script));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzip, raw, files: [...scripts].sort() };
}

await browser.close();

// ---------------------------------------------------------------------------
// Row 7: Lighthouse on Home (its own Chromium per run, launched by chrome-launcher).
// ---------------------------------------------------------------------------

log(`Lighthouse on / (${LIGHTHOUSE_RUNS} runs)`);
let lighthouse: LighthouseOutcome;
try {
  lighthouse = await runLighthouse(`${server.origin}/`, CHROMIUM, CHROMIUM_ARGS, LIGHTHOUSE_RUNS);
} catch (e) {
  lighthouse = { ok: false, reason: e instanceof Error ? e.message : String(e), runs: [] };
}
log(lighthouse.ok ? `Lighthouse: ${lighthouse.runs.map((r) => `${r.performance}/${r.accessibility}`).join(', ')}` : `Lighthouse could not run: ${lighthouse.reason}`);

await server.close();

// ---------------------------------------------------------------------------
// Report: the console and BENCHMARKS.md.
// ---------------------------------------------------------------------------

/** A row's values from the runs that got as far as measuring it. */
const pick = (f: (r: Partial<HeavyRun>) => number | undefined) =>
  summarise(heavy.map(f).filter((v): v is number => v !== undefined && Number.isFinite(v)));
const ratioOf = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a / b);
const validate = pick((r) => r.validateMs);
const importTotal = pick((r) => r.importMs);
const preview = pick((r) => r.previewMs);
const commit = pick((r) => r.commitMs);
const bareWriteMs = pick((r) => r.bareMs);
const ratio = pick((r) => ratioOf(r.importMs, r.bareMs));
const commitRatio = pick((r) => ratioOf(r.commitMs, r.bareMs));
const longestTask = pick((r) => r.longestTask);
const exportSaved = pick((r) => r.exportSavedMs);
const exportEvent = pick((r) => r.exportEventMs);
const homeReady = summarise(home.map((h) => h.readyMs));
// Rows S2 and S2b: each pair's ratio, then the median of the pairs (the two imports of a pair
// ran back to back on the same database, so the load hardly differs within a pair).
const snapshotRatio = (situation: SnapshotSituation) => summarise(snapshotPairs[situation].map((p) => p.with.importMs / p.without.importMs));
const snapshotError = (situation: SnapshotSituation) => {
  const errors = snapshotErrors[situation];
  return errors.length > 0 ? `${errors.length} of ${SNAPSHOT_PAIRS} pairs failed: ${errors.join('; ')}` : undefined;
};
const snapshotMs = (run: SnapshotRun | undefined) => (run?.end === undefined ? NaN : run.end - run.start);
// A failed run is named on the rows it left short of runs.
const heavyError = (s: Summary) =>
  s.runs < HEAVY_RUNS && heavyErrors.length > 0 ? `${heavyErrors.length} of ${HEAVY_RUNS} runs failed: ${heavyErrors.join('; ')}` : undefined;

const hireError = (values: number[]) => (values.length === 0 ? hire.errors.join('; ') || 'not measured' : undefined);
const learnError = (values: number[]) => (values.length === 0 ? learn.errors.join('; ') || 'not measured' : undefined);
const panelError = (values: number[]) => (values.length === 0 ? panel.errors.join('; ') || 'not measured' : panel.errors.length > 0 ? panel.errors.join('; ') : undefined);
const growError = (values: number[]) => (values.length === 0 ? grow.errors.join('; ') || 'not measured' : undefined);
const designError = (values: number[]) => (values.length === 0 ? design.errors.join('; ') || 'not measured' : undefined);
const frameworkImport = summarise(design.frameworkCommit.map((commit, i) => commit + design.frameworkPreview[i]!));
// Which yardstick judges which row: the page render one for what a page draws (loads,
// edits, paging, scrolling), the page data one for file and data work (validate, import,
// export, insights, framework import), the Node one for the rows timed in Node. Each is
// the median of the samples taken just before and just after the row's section.
const yard = {
  heavy: scaleFrom('pageData', [beforeHeavy, afterHeavy]),
  home: scaleFrom('pageRender', [afterHeavy, afterHome]),
  designRender: scaleFrom('pageRender', [afterHome, afterDesign]),
  designData: scaleFrom('pageData', [afterHome, afterDesign]),
  hire: scaleFrom('pageRender', [afterDesign, afterHire]),
  learnRender: scaleFrom('pageRender', [afterHire, afterLearn]),
  learnData: scaleFrom('pageData', [afterHire, afterLearn]),
  growRender: scaleFrom('pageRender', [afterLearn, afterGrow]),
  domain: scaleFrom('nodeData', [beforeDomain, afterDomain]),
  generate: scaleFrom('nodeData', [nodeBeforeGenerate, nodeAfterGenerate]),
};
const rows: Row[] = [
  budgetRow('1. Validate the file in the import worker', '< 1,500 ms', validate, (v) => v < 1500, ms, heavyError(validate), yard.heavy),
  budgetRow('2. Whole import ÷ bare IndexedDB write', '≤ 1.5×', ratio, (v) => v <= 1.5, (v) => `${v.toFixed(2)}×`, heavyError(ratio)),
  budgetRow('3. Longest main-thread task during the import', '≤ 200 ms', longestTask, (v) => v <= 200, ms, heavyError(longestTask), yard.heavy),
  budgetRow('4. Export the workspace (click → file saved)', '< 3,000 ms', exportSaved, (v) => v < 3000, ms, heavyError(exportSaved), yard.heavy),
  budgetRow('5. Home shows the large workspace', '< 1,000 ms', homeReady, (v) => v < 1000, ms, home.length === 0 ? homeError : undefined, yard.home),
  budgetRow(
    'P1. Home with every line of what needs you today (90-day plan, 1:1s, Hire, Grow, Learn)',
    '< 1,000 ms',
    summarise(homeSignals.map((s) => Math.max(...Object.values(s)))),
    (v) => v < 1000,
    ms,
    homeSignals.length === 0
      ? (planError ?? homeError ?? 'not measured')
      : `each line on screen at: ${(Object.keys(HOME_SIGNALS) as HomeSignal[]).map((n) => `${n} ${spread(summarise(homeSignals.map((s) => s[n])), ms)}`).join(', ')}`,
    yard.home,
  ),
  budgetRow(
    'P2. 90-day plan page interactive (the whole plan drawn)',
    '< 500 ms',
    summarise(planPage.map((p) => p.readyMs)),
    (v) => v < 500,
    ms,
    planPage.length === 0 ? (planError ?? 'not measured') : `the matrix's ticks (read after the page is drawn) on screen at ${spread(summarise(planPage.map((p) => p.ticksMs)), ms)}`,
    yard.home,
  ),
  budgetRow('D1. Matrix page interactive (300 × 300, 90,000 assessments)', '< 1,500 ms', summarise(design.matrixReady), (v) => v < 1500, ms, designError(design.matrixReady), yard.designRender),
  budgetRow('D2. Keyboard edit in the matrix visible', '< 50 ms', summarise(design.editVisible), (v) => v < 50, ms, designError(design.editVisible), yard.designRender),
  budgetRow('D3. Insights recomputed', '< 100 ms', summarise(design.insights), (v) => v < 100, ms, designError(design.insights), yard.designData),
  budgetRow(
    `D4. Framework import, ${FRAMEWORK_CAPABILITIES} capabilities (preview + commit)`,
    '< 1,000 ms',
    frameworkImport,
    (v) => v < 1000,
    ms,
    designError(design.frameworkCommit),
    yard.designData,
  ),
  budgetRow(
    'H1. Calibration page interactive (5,000 candidates, 40,000 scorecards)',
    '< 1,500 ms',
    summarise(hire.calibrationReady),
    (v) => v < 1500,
    ms,
    hire.calibrationReady.length === 0 ? hire.errors.join('; ') || 'not measured' : undefined,
    yard.hire,
  ),
  budgetRow('H2. A candidate’s decision view (click → puzzle on screen)', '< 300 ms', summarise(hire.decisionView), (v) => v < 300, ms, hireError(hire.decisionView), yard.hire),
  budgetRow('H3. Candidate list: next page of 50 on screen', '< 100 ms', summarise(hire.nextPage), (v) => v < 100, ms, hireError(hire.nextPage), yard.hire),
  budgetRow('H4. Longest task while scrolling the candidate list', '≤ 50 ms', summarise(hire.listLongestTask), (v) => v <= 50, ms, hireError(hire.listLongestTask), yard.hire),
  budgetRow(
    'L1. Learn plans page interactive (1,000 plans of 40 items)',
    '< 1,000 ms',
    summarise(learn.plansReady),
    (v) => v < 1000,
    ms,
    learnError(learn.plansReady) ?? (learn.plansComplete.length > 0 ? `the rest of the page (learning margin) drawn at ${spread(summarise(learn.plansComplete), ms)}` : undefined),
    yard.learnRender,
  ),
  budgetRow('L2. Surface map interactive (200 systems)', '< 1,000 ms', summarise(learn.systemsReady), (v) => v < 1000, ms, learnError(learn.systemsReady), yard.learnRender),
  budgetRow('L3. Learn templates page interactive', '< 1,000 ms', summarise(learn.templatesReady), (v) => v < 1000, ms, learnError(learn.templatesReady), yard.learnRender),
  budgetRow('L4. Pairing suggestions computed', '< 100 ms', summarise(learn.pairing), (v) => v < 100, ms, learnError(learn.pairing), yard.learnData),
  budgetRow(
    `L5. A ${GIT_LOG_LINES.toLocaleString('en-GB')}-line git log analysed in a worker (click → preview on screen)`,
    '< 2,000 ms',
    summarise(learn.gitLog),
    (v) => v < 2000,
    ms,
    learnError(learn.gitLog) ??
      (learn.gitLog.length > 0 ? `longest main-thread task meanwhile ${spread(summarise(learn.gitLogLongestTask), ms)}; progress messages shown ${learn.gitLogProgress.join(', ')}` : undefined),
    yard.learnData,
  ),
  budgetRow(
    'G1. Grow page interactive (300 people, 2,400 check-ins, 6,000 goals)',
    '< 1,000 ms',
    summarise(grow.overviewReady),
    (v) => v < 1000,
    ms,
    growError(grow.overviewReady) ?? (grow.overviewComplete.length > 0 ? `the team over quarters below the table drawn at ${spread(summarise(grow.overviewComplete), ms)}` : undefined),
    yard.growRender,
  ),
  budgetRow(
    'G2. One person’s trajectory on screen (the next person chosen on the trajectory page)',
    '< 300 ms',
    summarise(grow.trajectoryReady),
    (v) => v < 300,
    ms,
    growError(grow.trajectoryReady) ?? (grow.trajectoryPageLoad.length > 0 ? `the page's own load to its first person ${spread(summarise(grow.trajectoryPageLoad), ms)}` : undefined),
    yard.growRender,
  ),
  budgetRow(
    'G3. A check-in open with its prefilled evidence (the next person chosen on the check-in page)',
    '< 300 ms',
    summarise(grow.checkInReady),
    (v) => v < 300,
    ms,
    growError(grow.checkInReady) ?? (grow.checkInPageLoad.length > 0 ? `the page's own load to its first check-in ${spread(summarise(grow.checkInPageLoad), ms)}` : undefined),
    yard.growRender,
  ),
  budgetRow(
    'G4. Longest main-thread task while typing a check-in with autosave',
    '< 50 ms',
    summarise(grow.typingLongestTask),
    (v) => v < 50,
    ms,
    growError(grow.typingLongestTask) ?? (grow.typingSaves.length > 0 ? `autosaves while typing: ${grow.typingSaves.join(', ')}` : undefined),
  ),
  budgetRow(
    'S1. Keyboard edit in the matrix visible while a recovery snapshot is being written',
    '< 50 ms',
    summarise(design.editVisibleDuringSnapshot),
    (v) => v < 50,
    ms,
    design.editVisibleDuringSnapshot.length === 0
      ? design.errors.join('; ') || 'no edit fell inside the snapshot'
      : undefined,
    yard.designRender,
  ),
  budgetRow(
    'S2. Replace import with recovery snapshots ÷ the same import without, the workspace last changed seconds before or earlier (its snapshot kept)',
    '≤ 1.10×',
    snapshotRatio('kept'),
    (v) => v <= 1.1,
    (v) => `${v.toFixed(2)}×`,
    snapshotError('kept'),
  ),
  budgetRow(
    'S2b. The same, the workspace changed moments before (the import writes the snapshot while it runs)',
    '≤ 1.10×',
    snapshotRatio('just-changed'),
    (v) => v <= 1.1,
    (v) => `${v.toFixed(2)}×`,
    snapshotError('just-changed'),
  ),
  budgetRow(
    'K1. A live scorecard submitted → shown as submitted in the manager’s decision view (sync server on loopback)',
    '< 500 ms',
    summarise(panel.submitToDecision),
    (v) => v < 500,
    ms,
    panelError(panel.submitToDecision),
  ),
  budgetRow(
    `K2. A manager with ${OPEN_KITS} open live kits: the Candidates page opened → every kit heard from`,
    '< 3,000 ms',
    summarise(panel.connect200),
    (v) => v < 3000,
    ms,
    panelError(panel.connect200),
  ),
  budgetRow(
    `K3. ${CONCURRENT_KITS} concurrent kit connections (a socket each), each writing and submitting: scorecards the manager never heard of`,
    '0',
    summarise(panel.load500.map((r) => r.lost)),
    (v) => v === 0,
    (n) => n.toLocaleString('en-GB'),
    panelError(panel.load500.map((r) => r.lost)) ?? (panel.load500.length > 0 ? `all heard in ${panel.load500.map((r) => ms(r.ms)).join(', ')}; bounded at 60 s` : undefined),
  ),
  ...domain.map((d) =>
    budgetRow(`${d.id}. ${d.what}`, `< ${d.budget.toLocaleString('en-GB')} ms`, summarise(d.times), (v) => v < d.budget, ms, undefined, d.id === 'U6' ? yard.generate : yard.domain),
  ),
  ...JS_PAGES.map((path) =>
    budgetRow(`6. JavaScript shipped on ${path} (gzip)`, '≤ 60 KB', summarise(jsShipped.get(path)!.map((r) => r.gzip)), (v) => v <= 60 * 1024, kb),
  ),
  ...lighthouseRows(lighthouse),
];

const details: string[] = [
  `Learn rows' workspace: ${learnData.people.length} people, ${learnData.capabilities.length} capabilities, ${learnData.assessments.length.toLocaleString('en-GB')} assessments, ` +
    `${learnData.systems.length} systems, ${learnData.onboardingPlans.length.toLocaleString('en-GB')} plans with ${learnItems.toLocaleString('en-GB')} items.`,
  `Grow rows' workspace: ${growData.people.length} people, ${growData.capabilities.length} capabilities, ${growData.assessments.length.toLocaleString('en-GB')} assessments, ` +
    `${growData.checkIns.length.toLocaleString('en-GB')} check-ins over ${new Set(growData.checkIns.map((c) => c.quarter)).size} quarters, ${growData.goals.length.toLocaleString('en-GB')} goals.` +
    (grow.errors.length ? ` Errors: ${grow.errors.join('; ')}.` : ''),
  `Workspace file: ${mb(fileBytes)} (${fileBytes.toLocaleString('en-GB')} bytes), ${totalRecords.toLocaleString('en-GB')} records: ` +
    Object.entries(recordCounts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n.toLocaleString('en-GB')}`)
      .join(', ') +
    '.',
];
details.push(
  'Yardsticks, each sample the median of 5 runs after a warm-up (the reference machine in brackets): ' +
    (Object.keys(LABEL) as (keyof typeof LABEL)[])
      .map(
        (kind) =>
          `${LABEL[kind]} (${ms(REFERENCE[kind])}) ` +
          samples
            .filter((x) => x.times[kind])
            .map((x) => `${x.at} ${ms(summarise(x.times[kind]!).median)}`)
            .join(', '),
      )
      .join('; ') +
    '. Factor (reference ÷ measured) applied to each section: ' +
    Object.entries({
      'rows 1, 3, 4': yard.heavy,
      'row 5': yard.home,
      'D1–D2': yard.designRender,
      'D3–D4': yard.designData,
      'H1–H4': yard.hire,
      'L1–L3': yard.learnRender,
      'L4–L5': yard.learnData,
      'G1–G3': yard.growRender,
      'U1–U5': yard.domain,
      U6: yard.generate,
    })
      .map(([rowsOf, scale]) => `${rowsOf} ×${scale ? scale.factor.toFixed(2) : ' n/a'}`)
      .join(', ') +
    '.',
);
const exportedRun = heavy.find((r) => r.exportBytes !== undefined);
const importedRuns = heavy.filter((r): r is HeavyRun => r.longTasksDuringImport !== undefined);
if (validate.runs > 0) {
  details.push(
    `Import through the UI: preview step (file chosen → "is a valid Turbine workspace") ${spread(preview, ms)}; ` +
      `commit (click "Replace workspace" → "Imported") ${spread(commit, ms)}; whole import ${spread(importTotal, ms)} = ` +
      `${perSecond(totalRecords, importTotal.median)}. Wall time seen by Playwright, including its own clicking: ${spread(pick((r) => r.importWallMs), ms)}.`,
    `Bare IndexedDB write of the same ${totalRecords.toLocaleString('en-GB')} records (one transaction, plain put, no indexes): ${spread(bareWriteMs, ms)} = ` +
      `${perSecond(totalRecords, bareWriteMs.median)}, of which ${spread(pick((r) => r.barePutsMs), ms)} is main-thread time inside the put() calls ` +
      `(IndexedDB serialises each value synchronously there). Commit alone ÷ bare: ${spread(commitRatio, (v) => `${v.toFixed(2)}×`)}.`,
    `Where the check's time goes (row 1, ${ms(validate.median)}): a probe worker that only reads the File and parses it ` +
      `takes ${spread(pick((r) => r.probe?.totalMs), ms)} (start ${spread(pick((r) => r.probe?.startMs), ms)}, file.text() ${spread(pick((r) => r.probe?.readMs), ms)}, ` +
      `JSON.parse ${spread(pick((r) => r.probe?.parseMs), ms)}), so the rest of the app worker's check (starting its bigger module, the Zod validation, ` +
      `the id and reference checks, reading the stored workspace and computing the previews) costs about ${ms(validate.median - pick((r) => r.probe?.totalMs).median)}. ` +
      `The UI's preview step (${ms(preview.median)}) is this same check run from the page, plus opening the worker session and rendering the preview.`,
    `Longest task in the preview step ${spread(pick((r) => r.longestPreviewTask), ms)}, in the commit ${spread(pick((r) => r.longestCommitTask), ms)}. ` +
      `Long tasks (> 50 ms) during the median run's import: ${importedRuns.length > 0 ? describeTasks(medianRun(importedRuns, (r) => r.importMs)) : 'n/a'}.`,
    `Export: download event after ${spread(exportEvent, ms)}, file saved after ${spread(exportSaved, ms)}; the app's own part ` +
      `(in the page: click → "Exported … records", i.e. worker read + JSON + Blob + download link clicked + settings saved) ${spread(pick((r) => r.exportInPageMs), ms)}; ` +
      (exportedRun ? `the file is ${mb(exportedRun.exportBytes!)} with ${exportedRun.exportRecords!.toLocaleString('en-GB')} records. ` : '') +
      `Reference costs on this machine (plain IndexedDB on the page's main thread, not the app's code path): reading every table of the app's database ` +
      `(getAll, one transaction) ${spread(pick((r) => r.exportParts?.readMs), ms)}, JSON.stringify of what was read ${spread(pick((r) => r.exportParts?.stringifyMs), ms)}, ` +
      `new Blob from that ${mb(fileBytes)} string ${spread(pick((r) => r.exportParts?.blobMs), ms)}.`,
  );
}
if (home.length > 0) {
  details.push(
    `Home: "${homeText}" in the DOM after ${spread(summarise(home.map((h) => h.domMs)), ms)}, on screen (next frame) after ${spread(homeReady, ms)}, ` +
      `measured from navigation start; longest task before that ${spread(summarise(home.map((h) => h.longestTask)), ms)}.`,
  );
}
if (design.matrixReady.length > 0) {
  details.push(
    `Design (D1–D4) with the same workspace: the matrix on screen (navigation start → frame after the grid) ${spread(summarise(design.matrixReady), ms)}; ` +
      `${design.editVisible.length} digits typed into a focused cell, keydown → frame after the cell changed, ${spread(summarise(design.editVisible), ms)}; ` +
      `latestCells + insights over all ${data.assessments.length.toLocaleString('en-GB')} assessments, the app's own code bundled and run in the page, ` +
      `${spread(summarise(design.insights), ms)} (${design.insights.length} runs after 2 to warm up); a generated Monzo-format file with ${FRAMEWORK_CAPABILITIES} topics × 6 levels: ` +
      `chosen → preview ${spread(summarise(design.frameworkPreview), ms)}, "Add to my library" → "Imported" ${spread(summarise(design.frameworkCommit), ms)} ` +
      `(each run a new framework, merged into a library that already holds the workspace's capabilities).` +
      (design.errors.length ? ` Errors: ${design.errors.join('; ')}.` : ''),
  );
}
if (hire.calibrationReady.length > 0) {
  details.push(
    `Hire (H1) with the same workspace: /hire/calibration/ from navigation start to the frame after "${CALIBRATION_READY_TEXT}" is in the DOM ` +
      `(all ${data.scorecards.length.toLocaleString('en-GB')} scorecards read and calibrated, the interviewers table, funnel, stages, charts and audit of the first opening drawn) ` +
      `${spread(summarise(hire.calibrationReady), ms)}; longest main-thread task before that ${spread(summarise(hire.calibrationLongestTask), ms)}. ` +
      `H2–H4 on /hire/candidates/ (every opening, ${data.candidates.length.toLocaleString('en-GB')} candidates, all statuses): click ${decidedCandidate.name} → the frame after ` +
      `the decision puzzle is in the DOM ${spread(summarise(hire.decisionView), ms)}; "Next page" → the frame after the new page ${spread(summarise(hire.nextPage), ms)} ` +
      `(${hire.nextPage.length} page changes); longest task while scrolling each of those pages top to bottom ${spread(summarise(hire.listLongestTask), ms)}.` +
      (hire.errors.length ? ` Errors: ${hire.errors.join('; ')}.` : ''),
  );
}
{
  const during = design.snapshotDuringEdits;
  const afterImport = heavy.map((r) => r.snapshotAfterImport).filter((x): x is SnapshotRun => x !== undefined);
  const pairsOf = (situation: SnapshotSituation, label: string) => {
    const list = snapshotPairs[situation];
    const pairs = (f: (p: SnapshotPair) => number) => spread(summarise(list.map(f)), ms);
    const taken = list.filter((p) => p.with.snapshot !== undefined);
    return (
      (list.length > 0
        ? `${label}: ${list.length} pairs of replace imports over the loaded workspace (same file, same fresh context, alternating which goes first): ` +
          `with snapshots, preview ${pairs((p) => p.with.previewMs)} + commit ${pairs((p) => p.with.commitMs)} = ${pairs((p) => p.with.importMs)}; ` +
          (taken.length > 0
            ? `${taken.length} of them wrote a snapshot (started when the file was chosen, worker start → reply) taking ${spread(summarise(taken.map((p) => snapshotMs(p.with.snapshot))), ms)}` +
              (taken.length < list.length ? `, the others found the kept snapshot current` : '') +
              '; '
            : 'none wrote a snapshot: the one kept after loading still held the workspace; ') +
          `without, preview ${pairs((p) => p.without.previewMs)} + commit ${pairs((p) => p.without.commitMs)} = ${pairs((p) => p.without.importMs)}. ` +
          `Ratio per pair ${list.map((p) => `${(p.with.importMs / p.without.importMs).toFixed(2)}×`).join(', ')}; the commit step alone ` +
          `${list.map((p) => `${(p.with.commitMs / p.without.commitMs).toFixed(2)}×`).join(', ')}. `
        : '') + (snapshotErrors[situation].length ? `${label} errors: ${snapshotErrors[situation].join('; ')}. ` : '')
    );
  };
  details.push(
    `Recovery snapshots (the workspace file written to the Origin Private File System by a worker): ` +
      (afterImport.length > 0
        ? `the one the app takes a few seconds after row 2's import took ${spread(summarise(afterImport.map(snapshotMs)), ms)} (worker start → reply) ` +
          `for ${afterImport[0]!.records!.toLocaleString('en-GB')} records, ${mb(afterImport[0]!.bytes ?? NaN)}; the bench waits for it before the bare write. `
        : '') +
      (during
        ? `S1: one edit started the debounced snapshot, and ${design.editVisibleDuringSnapshot.length} more edits fell inside it ` +
          `(keydown after its worker started, frame before its reply), while it took ${ms(snapshotMs(during))} for ${(during.records ?? 0).toLocaleString('en-GB')} records. `
        : '') +
      pairsOf('kept', 'S2') +
      pairsOf('just-changed', 'S2b'),
  );
}
for (const path of JS_PAGES) {
  const runs = jsShipped.get(path)!;
  const last = runs[runs.length - 1]!;
  details.push(
    last.files.length === 0
      ? `JavaScript on ${path}: none at all (no script response).`
      : `JavaScript on ${path}: ${kb(last.gzip)} gzip, ${kb(last.raw)} raw, ${last.files.length} files: ${last.files.map((f) => f.replace('/_astro/', '')).join(', ')}.`,
  );
}
if (lighthouse.runs.length > 0) {
  const metric = (id: string) => summarise(lighthouse.runs.map((r) => r.metrics[id] ?? NaN)).median;
  details.push(
    `Lighthouse (default mobile settings, simulated throttling, first visit with an empty database): ` +
      `FCP ${ms(metric('first-contentful-paint'))}, LCP ${ms(metric('largest-contentful-paint'))}, TBT ${ms(metric('total-blocking-time'))}, ` +
      `CLS ${metric('cumulative-layout-shift').toFixed(3)}, Speed Index ${ms(metric('speed-index'))}` +
      (lighthouse.runs.some((r) => r.failedA11y.length > 0) ? `; accessibility audits failing: ${[...new Set(lighthouse.runs.flatMap((r) => r.failedA11y))].join(', ')}` : '') +
      `; Lighthouse's benchmark index for this machine ${Math.round(summarise(lighthouse.runs.map((r) => r.benchmarkIndex)).median)}. ` +
      `Elements that shifted (any run): ${[...new Set(lighthouse.runs.flatMap((r) => r.shifts.map((x) => x.replace(/ \(.*\)$/, ''))))].join('; ') || 'none'}. ` +
      `Long tasks (first run): ${lighthouse.runs[0]!.longTasks.join('; ') || 'none'}. ` +
      `Main-thread time by script (first run): ${lighthouse.runs[0]!.bootup.join('; ') || 'none'}.`,
  );
}

const machine = {
  cpu: cpuModel(),
  cores: availableParallelism(),
  chromium: chromiumVersion,
  node: process.version,
  date: new Date().toISOString(),
  load: loadAtStart,
  loadAtEnd: loadavg()[0]!,
};

console.log('');
for (const row of rows) {
  const scaled = row.scaled ? `, ${row.scaled} on the reference machine (${row.ratio})` : '';
  console.log(`${row.status.padEnd(12)} ${row.budget}: ${row.measured}${scaled} (budget ${row.target}, ${row.runs} runs)${row.note ? ` — ${row.note}` : ''}`);
}
console.log('');
for (const line of details) console.log(`  ${line}`);
writeReport(join(root, 'BENCHMARKS.md'), {
  rows,
  details,
  machine,
  runs: { heavy: HEAVY_RUNS, cheap: CHEAP_RUNS, lighthouse: LIGHTHOUSE_RUNS, snapshotPairs: SNAPSHOT_PAIRS },
  example: workedExample(),
  baseline,
});
log('wrote BENCHMARKS.md');

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

async function newContext(b: Browser): Promise<BrowserContext> {
  const context = await b.newContext({
    baseURL: server.origin,
    serviceWorkers: 'block',
    acceptDownloads: true,
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  await context.addInitScript(installProbes, [{ name: 'home', text: homeText }]);
  return context;
}

/** Astro removes the `ssr` attribute from an island once it has hydrated; before that, events go nowhere. */
async function waitForHydration(page: Page, selector: string) {
  await page.waitForFunction(
    (sel) => {
      const island = document.querySelector(sel)?.closest('astro-island');
      return island !== null && island !== undefined && !island.hasAttribute('ssr');
    },
    selector,
    { timeout: 30_000 },
  );
}

/**
 * Row 2's import through the real UI on /data/: choose the file, wait for "… is a valid
 * Turbine workspace", choose Replace (offered when the workspace is not empty), click
 * "Replace workspace", wait for "Imported …". Returns the page's marks (page time).
 */
async function importThroughUi(page: Page, path = filePath, name = fileName) {
  await page.goto('/data/');
  await waitForHydration(page, '#import-file');
  await page.evaluate((name) => {
    const probe = (window as unknown as { __bench: Probe }).__bench;
    probe.watch('valid', 'is a valid Turbine workspace');
    probe.watch('imported', `Imported ${name}`);
  }, name);
  const wallStart = performance.now();
  await page.getByLabel('Workspace file').setInputFiles(path);
  await page.getByText('is a valid Turbine workspace').waitFor({ timeout: STEP_TIMEOUT });
  const replace = page.getByLabel('Replace my workspace');
  if ((await replace.count()) > 0) await replace.check();
  await page.getByRole('button', { name: 'Replace workspace', exact: true }).click();
  await page.getByText(/^Imported /).waitFor({ timeout: STEP_TIMEOUT });
  const wallMs = performance.now() - wallStart;
  const seen = await readProbe(page);
  return {
    seen,
    changed: mark(seen, 'change:import-file'),
    valid: mark(seen, 'valid'),
    clicked: mark(seen, 'click:Replace workspace'),
    imported: mark(seen, 'imported'),
    wallMs,
  };
}

/** Waits for the first recovery snapshot started after `after` (page time) to be written, and returns it. */
async function snapshotAfter(page: Page, after: number): Promise<SnapshotRun> {
  const started = (t: number) => (window as unknown as { __bench: Probe }).__bench.snapshots.find((s) => s.start > t);
  await page.waitForFunction((t) => (window as unknown as { __bench: Probe }).__bench.snapshots.find((s) => s.start > t)?.end !== undefined, after, {
    timeout: STEP_TIMEOUT,
  });
  const run = await page.evaluate(started, after);
  if (!run?.ok) throw new Error('the recovery snapshot after the import failed');
  return run;
}

async function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const { longTasks, marks, frames, snapshots } = (window as unknown as { __bench: Probe }).__bench;
    return { longTasks, marks, frames, snapshots } as Probe;
  });
}

function mark(probe: Probe, name: string, from: 'marks' | 'frames' = 'marks'): number {
  const value = probe[from][name];
  if (value === undefined) throw new Error(`the page never recorded "${name}"`);
  return value;
}

function overlapping(tasks: LongTask[], from: number, to: number): LongTask[] {
  return tasks.filter((t) => t.start < to && t.start + t.duration > from);
}

function medianRun(runs: HeavyRun[], by: (r: HeavyRun) => number): HeavyRun {
  return [...runs].sort((a, b) => by(a) - by(b))[Math.floor(runs.length / 2)]!;
}

function describeTasks(run: HeavyRun): string {
  const tasks = run.longTasksDuringImport;
  if (tasks.length === 0) return 'none';
  const total = tasks.reduce((n, t) => n + t.duration, 0);
  const biggest = [...tasks].sort((a, b) => b.duration - a.duration).slice(0, 5);
  return `${tasks.length} tasks, ${ms(total)} in all; the largest ${biggest.map((t) => ms(t.duration)).join(', ')}`;
}

/**
 * A budget's row. With a yardstick, the median is judged as it would be on the reference
 * machine: raw × REFERENCE / the yardstick measured around it (scale.factor); without one
 * (ratios, bytes, Lighthouse scores) the raw median is judged.
 */
function budgetRow(
  budget: string,
  target: string,
  s: Summary,
  pass: (median: number) => boolean,
  format: (n: number) => string,
  error?: string,
  scale?: Scale,
): Row {
  if (s.runs === 0) return { budget, target, measured: 'not measured', runs: 0, status: 'NOT MEASURED', note: error };
  const judged = scale ? s.median * scale.factor : s.median;
  return {
    budget,
    target,
    measured: spread(s, format),
    ...(scale ? { ratio: `${(s.median / scale.measured).toFixed(2)}× ${LABEL[scale.kind]}`, scaled: format(judged) } : {}),
    runs: s.runs,
    status: pass(judged) ? 'PASS' : 'FAIL',
    note: error,
  };
}

/** Row D1's scaling spelled out with this run's numbers, for BENCHMARKS.md's section on the yardsticks. */
function workedExample(): string {
  const raw = summarise(design.matrixReady);
  const y = yard.designRender;
  if (!y || raw.runs === 0) return '';
  const f = y.factor.toFixed(2);
  return (
    `\nFor example, in this run row D1 (the matrix page) took ${ms(raw.median)} (its median). Page render measured ${y.measured.toFixed(1)} ms around it ` +
    `(the median of the samples after row 5 and after D1–D4), against ${y.reference} ms on the reference machine: the factor is ` +
    `${y.reference} ÷ ${y.measured.toFixed(1)} = ${f}, its ratio ${ms(raw.median)} ÷ ${y.measured.toFixed(1)} ms = ${(raw.median / y.measured).toFixed(2)}×, ` +
    `and it is judged as ${ms(raw.median)} × ${f} = ${ms(raw.median * y.factor)} against its budget of 1,500 ms.`
  );
}

function lighthouseRows(outcome: LighthouseOutcome): Row[] {
  const perf = summarise(outcome.runs.map((r) => r.performance));
  const a11y = summarise(outcome.runs.map((r) => r.accessibility));
  const reason = outcome.ok ? undefined : `Lighthouse could not run: ${outcome.reason}`;
  const score = (n: number) => String(Math.round(n));
  return [
    budgetRow('7. Lighthouse performance on /', '≥ 95', perf, (v) => v >= 95, score, reason),
    budgetRow('7. Lighthouse accessibility on /', '= 100', a11y, (v) => v === 100, score, reason),
  ];
}

function findImportWorker(): string {
  const assets = join(dist, '_astro');
  const workers = readdirSync(assets).filter((f) => /^import\.worker-.*\.js$/.test(f));
  // Normally one; after a partial clean there could be old ones, so take the one a bundle names.
  const referenced = workers.filter((w) => readdirSync(assets).some((f) => f.endsWith('.js') && f !== w && readFileSync(join(assets, f), 'utf8').includes(w)));
  const worker = referenced[0] ?? workers[0];
  if (!worker) {
    console.error('bench: no dist/_astro/import.worker-*.js: has the import worker moved?');
    process.exit(1);
  }
  return `/_astro/${worker}`;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
