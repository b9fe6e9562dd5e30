/**
 * Budget 7: Lighthouse on Home, with its default (mobile, simulated throttling)
 * settings, against the built site on the bench's own server. Each run launches a
 * fresh Chromium through chrome-launcher, so every run is a first visit with an empty
 * database. Any failure to run at all (no Chromium, a sandbox problem, Lighthouse
 * needing the network) is returned as a reason, not thrown: a measurement tool that
 * cannot measure one row should still report the others.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  /** The metrics behind the performance score, in ms (CLS unitless). */
  metrics: Record<string, number>;
  /** Accessibility audits that did not pass, by id, when accessibility < 100. */
  failedA11y: string[];
  /** What moved (layout-shifts audit) and what blocked (long-tasks audit), to say why a score is low. */
  shifts: string[];
  longTasks: string[];
  /** Main-thread time per script (bootup-time audit), the biggest first. */
  bootup: string[];
  /** Lighthouse's own measure of this machine's speed (higher is faster; a 2020s laptop is ~1,500–2,500). */
  benchmarkIndex: number;
}

interface Items {
  details?: { items?: Record<string, unknown>[] };
}

export type LighthouseOutcome = { ok: true; runs: LighthouseRun[] } | { ok: false; reason: string; runs: LighthouseRun[] };

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

export async function runLighthouse(url: string, chromePath: string, chromeFlags: string[], runs: number): Promise<LighthouseOutcome> {
  const done: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    let chrome: chromeLauncher.LaunchedChrome | undefined;
    try {
      chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeFlags], logLevel: 'silent' });
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
      const metrics: Record<string, number> = {};
      for (const id of METRICS) metrics[id] = lhr.audits[id]?.numericValue ?? NaN;
      const failedA11y = (lhr.categories.accessibility?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      const items = (id: string) => (lhr.audits[id] as Items | undefined)?.details?.items ?? [];
      const shifts = items('layout-shifts')
        .slice(0, 3)
        .map((i) => `${(i.node as { selector?: string } | undefined)?.selector ?? 'unknown node'} (${Number(i.score).toFixed(3)})`);
      const longTasks = items('long-tasks')
        .slice(0, 3)
        .map((i) => `${String(i.url).replace(/^https?:\/\/[^/]+/, '')} ${Math.round(Number(i.duration))} ms`);
      const bootup = items('bootup-time')
        .slice(0, 3)
        .map((i) => `${String(i.url).replace(/^https?:\/\/[^/]+/, '')} ${Math.round(Number(i.total))} ms`);
      done.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        metrics,
        failedA11y,
        shifts,
        longTasks,
        bootup,
        benchmarkIndex: lhr.environment.benchmarkIndex,
      });
    } catch (e) {
      return { ok: false, reason: e instanceof Error ? e.message.split('\n')[0]! : String(e), runs: done };
    } finally {
      await chrome?.kill();
    }
  }
  return { ok: true, runs: done };
}
