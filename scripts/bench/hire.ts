/**
 * The Hire phase's budgets, measured in the browser context that already holds the large
 * workspace (5,000 candidates, 40,000 scorecards):
 *  - the calibration page interactive: navigation start → the first frame after the page
 *    has drawn its numbers ("… submitted scorecards on …", rendered in the same pass as the
 *    interviewers table, the funnel, the stages, the charts and the audit of the first
 *    opening); the longest main-thread task before that is reported beside it.
 * Not here yet: a candidate's decision view (< 300 ms) and the opening's candidate list
 * scrolling smoothly belong to pages built on other branches; they add their rows here.
 */
import type { BrowserContext } from '@playwright/test';
import type { Probe } from './in-page.ts';

export interface HireResults {
  calibrationReady: number[];
  /** The longest main-thread task between navigation start and the frame above, per run. */
  calibrationLongestTask: number[];
  errors: string[];
}

export const CALIBRATION_READY_TEXT = 'submitted scorecards on';

export async function measureHire(context: BrowserContext, opts: { runs: number }): Promise<HireResults> {
  const results: HireResults = { calibrationReady: [], calibrationLongestTask: [], errors: [] };
  for (let run = 1; run <= opts.runs; run++) {
    const page = await context.newPage();
    try {
      await page.addInitScript((text) => (window as unknown as { __bench: Probe }).__bench.watch('calibration', text), CALIBRATION_READY_TEXT);
      await page.goto('/hire/calibration/', { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.frames.calibration !== undefined, undefined, { timeout: 60_000 });
      const { ready, longest } = await page.evaluate(() => {
        const probe = (window as unknown as { __bench: Probe }).__bench;
        const at = probe.frames.calibration!;
        return { ready: at, longest: Math.max(0, ...probe.longTasks.filter((t) => t.start < at).map((t) => t.duration)) };
      });
      results.calibrationReady.push(ready);
      results.calibrationLongestTask.push(longest);
    } catch (e) {
      results.errors.push(`calibration: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    } finally {
      await page.close();
    }
  }
  return results;
}
