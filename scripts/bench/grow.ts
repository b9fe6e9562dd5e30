/**
 * The Grow phase's budgets, measured in a browser context of its own that holds the Grow
 * workspace (growSize: 300 people, the 300 × 300 matrix, eight quarters of check-ins, 2,400,
 * and 6,000 goals), imported through the Data page as a manager would:
 *  - /grow/ interactive: navigation start → the first frame after both of its parts are drawn
 *    (the check-ins table, and the team over quarters with its coverage table);
 *  - one person's trajectory: navigation start → the first frame after its last table (the
 *    person against the team) is drawn;
 *  - opening this quarter's check-in: navigation start → the first frame after the editor with
 *    the quarter's evidence and the levels to look at is drawn;
 *  - autosave never blocks typing: a sentence typed into "Areas to grow" at a steady pace, the
 *    autosave running as it goes; the longest main-thread task from the first key to the save
 *    that follows the last.
 */
import type { BrowserContext } from '@playwright/test';
import type { Probe } from './in-page.ts';
import type { WorkspaceData } from '../../src/schemas/workspace.ts';

export interface GrowResults {
  overviewReady: number[];
  trajectoryReady: number[];
  checkInReady: number[];
  /** The longest main-thread task while typing with autosave, per run. */
  typingLongestTask: number[];
  /** How many autosaves ran while typing, per run (so the row says it measured some). */
  typingSaves: number[];
  errors: string[];
}

const SENTENCE = 'Leading the incident review without being asked, writing it up for partner teams, and coaching the next incident commander.';

export async function measureGrow(context: BrowserContext, opts: { runs: number; quarter: string; data: Pick<WorkspaceData, 'people'> }): Promise<GrowResults> {
  const results: GrowResults = { overviewReady: [], trajectoryReady: [], checkInReady: [], typingLongestTask: [], typingSaves: [], errors: [] };
  const attempt = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (e) {
      results.errors.push(`${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  };
  const person = opts.data.people[0]!;
  const pages: { name: string; path: string; texts: string[]; out: number[] }[] = [
    { name: 'overview', path: '/grow/', texts: [`${opts.quarter} (this quarter)`, 'At their target'], out: results.overviewReady },
    { name: 'trajectory', path: `/grow/trajectory/?person=${person.id}`, texts: ['Share of the way to expert per area'], out: results.trajectoryReady },
    { name: 'check-in', path: `/grow/check-in/?person=${person.id}&quarter=${opts.quarter}`, texts: [`What ${person.name} did this quarter`, 'Levels, self beside manager'], out: results.checkInReady },
  ];
  for (let run = 1; run <= opts.runs; run++) {
    for (const { name, path, texts, out } of pages) {
      const page = await context.newPage();
      await attempt(`${path} interactive`, async () => {
        await page.addInitScript(
          ([n, ts]) => {
            const bench = (window as unknown as { __bench: Probe }).__bench;
            ts!.forEach((t, i) => bench.watch(`${n}:${i}`, t));
          },
          [name, texts] as const,
        );
        await page.goto(path, { waitUntil: 'commit' });
        const keys = texts.map((_, i) => `${name}:${i}`);
        await page.waitForFunction((ks) => ks.every((k) => (window as unknown as { __bench: Probe }).__bench.frames[k] !== undefined), keys, { timeout: 60_000 });
        out.push(await page.evaluate((ks) => Math.max(...ks.map((k) => (window as unknown as { __bench: Probe }).__bench.frames[k]!)), keys));
      });
      await page.close();
    }
  }

  for (let run = 1; run <= opts.runs; run++) {
    const page = await context.newPage();
    await attempt('typing with autosave', async () => {
      await page.goto(`/grow/check-in/?person=${person.id}&quarter=${opts.quarter}`);
      const field = page.getByRole('textbox', { name: 'Areas to grow' });
      await field.click();
      await field.fill('');
      // Count the saves the page says it ran ("Saving…" shown), to be sure some fell inside the typing.
      await page.evaluate(() => {
        const w = window as unknown as { __saves: number };
        w.__saves = 0;
        const status = document.querySelector('.check-in-head [role="status"]')!;
        new MutationObserver(() => {
          if (status.textContent === 'Saving…') w.__saves++;
        }).observe(status, { childList: true, subtree: true, characterData: true });
      });
      const start = await page.evaluate(() => performance.now());
      // A person typing about eight keys a second, pausing to think between phrases: each pause
      // is longer than the autosave's, so saves run between the bursts and the next keys meet them.
      const phrases = SENTENCE.split(/(?<=,) /);
      for (const [i, phrase] of phrases.entries()) {
        await field.pressSequentially(i === 0 ? phrase : ` ${phrase}`, { delay: 120 });
        if (i < phrases.length - 1) await page.waitForTimeout(1_000);
      }
      await page.getByRole('status').filter({ hasText: /^Saved at / }).waitFor({ timeout: 30_000 });
      const seen = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.longTasks);
      const end = await page.evaluate(() => performance.now());
      results.typingLongestTask.push(Math.max(0, ...seen.filter((t) => t.start + t.duration > start && t.start < end).map((t) => t.duration)));
      if ((await field.inputValue()) !== SENTENCE) throw new Error('the text typed was not all in the field');
      const saves = await page.evaluate(() => (window as unknown as { __saves: number }).__saves);
      if (saves < 2) throw new Error(`only ${saves} autosave ran while typing: the row would not measure typing during a save`);
      results.typingSaves.push(saves);
    });
    await page.close();
  }
  return results;
}
