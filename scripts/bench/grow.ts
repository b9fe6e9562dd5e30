/**
 * The Grow phase's budgets, measured in a browser context of its own that holds the Grow
 * workspace (growSize: 300 people, the 300 × 300 matrix, eight quarters of check-ins, 2,400,
 * and 6,000 goals), imported through the Data page as a manager would:
 *  - /grow/ interactive: navigation start → the first frame after its check-ins table is drawn
 *    (each row starts or opens a check-in); when the team over quarters below it, with its
 *    coverage table, is drawn too is reported beside it;
 *  - one person's trajectory: on the trajectory page, another person chosen → the first frame
 *    after their last table (the person against the team) is drawn, as a manager goes from one
 *    report to the next; the page's own load to its first person is reported beside it;
 *  - opening this quarter's check-in: on the check-in page, the next person chosen → the first
 *    frame after their editor, with the quarter's evidence and the levels to look at, is drawn;
 *    the page's own load to its first editor is reported beside it;
 *  - autosave never blocks typing: a sentence typed into "Areas to grow" at a steady pace, the
 *    autosave running as it goes; the longest main-thread task from the first key to the save
 *    that follows the last.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Probe } from './in-page.ts';
import type { WorkspaceData } from '../../src/schemas/workspace.ts';

export interface GrowResults {
  /** /grow/ interactive: its check-ins table drawn. */
  overviewReady: number[];
  /** /grow/ whole: the team over quarters drawn too. */
  overviewComplete: number[];
  /** Another person chosen on the trajectory page → their trajectory drawn. */
  trajectoryReady: number[];
  /** The trajectory page opened → its first person drawn. */
  trajectoryPageLoad: number[];
  /** The check-in page opened → its editor drawn. */
  checkInPageLoad: number[];
  checkInReady: number[];
  /** The longest main-thread task while typing with autosave, per run. */
  typingLongestTask: number[];
  /** How many autosaves ran while typing, per run (so the row says it measured some). */
  typingSaves: number[];
  errors: string[];
}

const SENTENCE = 'Leading the incident review without being asked, writing it up for partner teams, and coaching the next incident commander.';

export async function measureGrow(context: BrowserContext, opts: { runs: number; quarter: string; data: Pick<WorkspaceData, 'people'> }): Promise<GrowResults> {
  const results: GrowResults = { overviewReady: [], overviewComplete: [], trajectoryReady: [], trajectoryPageLoad: [], checkInPageLoad: [], checkInReady: [], typingLongestTask: [], typingSaves: [], errors: [] };
  const attempt = async (what: string, run: () => Promise<void>) => {
    try {
      await run();
    } catch (e) {
      results.errors.push(`${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  };
  const person = opts.data.people[0]!;
  const next = opts.data.people[1]!;
  const frameOf = (page: Page, key: string) => page.evaluate((k) => (window as unknown as { __bench: Probe }).__bench.frames[k]!, key);
  const drawn = (page: Page, keys: string[]) =>
    page.waitForFunction((ks) => ks.every((k) => (window as unknown as { __bench: Probe }).__bench.frames[k] !== undefined), keys, { timeout: 60_000 });
  /** Opens a page and waits for the frames after each text appeared; `out[i]` gets the frame of `texts[i]`. */
  const open = async (page: Page, name: string, path: string, texts: string[]): Promise<number[]> => {
    await page.addInitScript(
      ([n, ts]) => {
        const bench = (window as unknown as { __bench: Probe }).__bench;
        ts!.forEach((t, i) => bench.watch(`${n}:${i}`, t));
      },
      [name, texts] as const,
    );
    await page.goto(path, { waitUntil: 'commit' });
    const keys = texts.map((_, i) => `${name}:${i}`);
    await drawn(page, keys);
    return Promise.all(keys.map((k) => frameOf(page, k)));
  };
  /** Chooses `next` in the page's list of people: the change → the first frame after `text` (theirs alone) is drawn. */
  const nextPerson = async (page: Page, list: string, text: string): Promise<number> => {
    await page.evaluate((t) => {
      const probe = (window as unknown as { __bench: Probe }).__bench;
      addEventListener('change', () => (probe.marks.personChosen = performance.now()), { capture: true, once: true });
      probe.watch('next-person', t);
    }, text);
    await page.getByRole('combobox', { name: list }).selectOption(next.id);
    await drawn(page, ['next-person']);
    return page.evaluate(() => {
      const probe = (window as unknown as { __bench: Probe }).__bench;
      return probe.frames['next-person']! - probe.marks.personChosen!;
    });
  };
  for (let run = 1; run <= opts.runs; run++) {
    const overview = await context.newPage();
    await attempt('/grow/ interactive', async () => {
      // Interactive once the check-ins table is drawn; the team over quarters below it is timed too.
      const [table, team] = await open(overview, 'overview', '/grow/', [`${opts.quarter} (this quarter)`, 'At their target']);
      results.overviewReady.push(table!);
      results.overviewComplete.push(Math.max(table!, team!));
    });
    await overview.close();

    const trajectory = await context.newPage();
    await attempt('the next person’s trajectory', async () => {
      const [first] = await open(trajectory, 'trajectory', `/grow/trajectory/?person=${person.id}`, [`Share of the way to expert per area, ${person.name} and the team`]);
      results.trajectoryPageLoad.push(first!);
      results.trajectoryReady.push(await nextPerson(trajectory, 'Person', `Share of the way to expert per area, ${next.name} and the team`));
    });
    await trajectory.close();

    const checkIn = await context.newPage();
    await attempt('the next person’s check-in open', async () => {
      const frames = await open(checkIn, 'check-in', `/grow/check-in/?person=${person.id}&quarter=${opts.quarter}`, [`What ${person.name} did this quarter`, 'Levels, self beside manager']);
      results.checkInPageLoad.push(Math.max(...frames));
      // The editor is drawn in one go: its evidence heading stands for the whole, levels included.
      results.checkInReady.push(await nextPerson(checkIn, 'Check-in for', `What ${next.name} did this quarter`));
    });
    await checkIn.close();
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
