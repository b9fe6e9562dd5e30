/**
 * The Hire phase's budgets, measured in the browser context that already holds the large
 * workspace (5,000 candidates, 40,000 scorecards):
 *  - the calibration page interactive: navigation start → the first frame after the page
 *    has drawn its numbers ("… submitted scorecards on …", rendered in the same pass as the
 *    interviewers table, the funnel, the stages, the charts and the audit of the first
 *    opening); the longest main-thread task before that is reported beside it.
 *  - a candidate's decision view: on the candidate list, click a decided candidate; from
 *    the click to the frame after the puzzle table is in the DOM;
 *  - the candidate list of every opening (5,000): "Next page" (50 rows a page) from the click to the frame
 *    after the new page is in the DOM, and the longest main-thread task while scrolling each
 *    page from top to bottom (smooth means no task that drops frames).
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Probe } from './in-page.ts';

export interface HireResults {
  calibrationReady: number[];
  /** The longest main-thread task between navigation start and the frame above, per run. */
  calibrationLongestTask: number[];
  decisionView: number[];
  nextPage: number[];
  /** The longest main-thread task while paging and scrolling the list, per run. */
  listLongestTask: number[];
  errors: string[];
}

/** A decided candidate of a busy opening, picked by the bench from the generated workspace. */
export interface DecidedCandidate {
  id: string;
  name: string;
}

export const CALIBRATION_READY_TEXT = 'submitted scorecards on';

export async function measureHire(context: BrowserContext, opts: { runs: number; decided: DecidedCandidate }): Promise<HireResults> {
  const results: HireResults = { calibrationReady: [], calibrationLongestTask: [], decisionView: [], nextPage: [], listLongestTask: [], errors: [] };
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
  for (let run = 1; run <= opts.runs; run++) {
    const page = await context.newPage();
    try {
      await candidateList(page, opts.decided, results);
    } catch (e) {
      results.errors.push(`candidates: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    } finally {
      await page.close();
    }
  }
  return results;
}

async function candidateList(page: Page, decided: DecidedCandidate, results: HireResults) {
  // Every opening's candidates (5,000, 100 pages): the longest list the page can show.
  await page.goto('/hire/candidates/');
  await page.locator('#candidate-status').selectOption('all');
  await page.getByRole('navigation', { name: 'Candidate pages' }).waitFor();

  // Paging (H3) and scrolling (H4): each page change timed; long tasks collected while scrolling only.
  const scrolling: { from: number; to: number }[] = [];
  for (let n = 2; n <= 6; n++) {
    await page.evaluate((text) => (window as unknown as { __bench: Probe }).__bench.watch(`page${text}`, `Page ${text} of`), n);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.waitForFunction((name) => (window as unknown as { __bench: Probe }).__bench.frames[name] !== undefined, `page${n}`);
    results.nextPage.push(
      await page.evaluate((name) => {
        const probe = (window as unknown as { __bench: Probe }).__bench;
        return probe.frames[name]! - probe.marks['click:Next page']!;
      }, `page${n}`),
    );
    scrolling.push(
      await page.evaluate(async () => {
        const from = performance.now();
        for (let y = 0; y <= document.body.scrollHeight; y += 200) {
          window.scrollTo(0, y);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        window.scrollTo(0, 0);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return { from, to: performance.now() };
      }),
    );
  }
  results.listLongestTask.push(
    await page.evaluate(
      (spans) =>
        Math.max(0, ...(window as unknown as { __bench: Probe }).__bench.longTasks.filter((t) => spans.some((s) => t.start + t.duration > s.from && t.start < s.to)).map((t) => t.duration)),
      scrolling,
    ),
  );

  // The decision view: search the decided candidate, then click them.
  await page.locator('#candidate-search').fill(decided.name);
  const link = page.locator(`a[href*="candidate=${decided.id}"]`);
  await link.waitFor();
  await page.evaluate((text) => {
    const probe = (window as unknown as { __bench: Probe }).__bench;
    addEventListener('click', () => (probe.marks.candidateClick = performance.now()), { capture: true, once: true });
    probe.watch('decision', text);
  }, `Scores for ${decided.name}, capabilities by stage`);
  await link.click();
  await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.frames.decision !== undefined, undefined, { timeout: 30_000 });
  results.decisionView.push(
    await page.evaluate(() => {
      const probe = (window as unknown as { __bench: Probe }).__bench;
      return probe.frames.decision! - probe.marks.candidateClick!;
    }),
  );
}
