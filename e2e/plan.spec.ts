/**
 * The first 90 days as a new manager meets them: make the plan from the template for the
 * team just imported, log a 1:1 and see its task tick with the reason, add a person and see
 * their tasks appear, tick a task by hand, move the start day, export the calendar and read
 * it with a real parser, print, and export / start over / import to find it all back.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page, TestInfo } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { DataPage } from './pages/data-page';
import { OneOnOnesPage } from './pages/conversations';

const TEAM = new URL('./data/checkout-team.json', import.meta.url).pathname;
const MAYA = '0000000a-0000-4000-8000-00000000000a';

async function exportCalendar(page: Page, testInfo: TestInfo, name: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to a calendar (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('first-90-days.ics');
  const path = testInfo.outputPath(name);
  await file.saveAs(path);
  await expect(page.getByText(/^Exported \d+ calendar entries/)).toBeVisible();
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

test('a new manager makes a 90-day plan that ticks itself, moves it, exports it to a calendar, prints it and finds it back after a restore', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const data = new DataPage(page, testInfo);
  const task = (name: string | RegExp) => page.getByRole('region', { name: 'The whole plan' }).getByRole('checkbox', { name });

  await test.step('import the team, then make the plan from Home', async () => {
    await data.goto();
    await data.importFile(TEAM, 'replace');
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '90 days' }).click();
    await expect(page.getByRole('heading', { name: 'Make your plan' })).toBeVisible();
    await expect(page.getByText(/for each of your 3 people \(and anyone who joins later\): getting-to-know-you 1:1 with them and baseline check-in with them/)).toBeVisible();
    await expect(page.getByLabel('Week 1 starts on')).toHaveValue('2026-11-23');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Make my 90-day plan' }).click();
    await expect(page.getByText('Made your plan: week 1 starts on 23 Nov 2026.')).toBeVisible();
    await expect(page.getByText('Week 1 of 13: started on 23 Nov 2026, ends on 21 Feb 2027')).toBeVisible();
  });

  const thisWeek = page.getByRole('region', { name: 'This week (week 1)' });
  await test.step('see this week, with the team charter already ticked by the imported charter', async () => {
    await expect(thisWeek.getByRole('checkbox', { name: 'Getting-to-know-you 1:1 with Maya Lindqvist' })).not.toBeChecked();
    await expect(thisWeek.getByRole('checkbox', { name: 'Getting-to-know-you 1:1 with Kwame Mensah' })).toBeVisible();
    // Lea's getting-to-know-you 1:1 came with the team, held before the plan: it counts.
    await expect(task('Getting-to-know-you 1:1 with Lea Fischer')).toHaveAccessibleDescription(/Ticked by the getting-to-know-you 1:1 logged for 6 Oct 2026/);
    // The imported team has a mission: its week-2 task is ticked already, and says by what.
    const charter = task('Write the team charter draft (mission, the value to partners, what the team owns)');
    await expect(charter).toBeChecked();
    await expect(charter).toBeDisabled();
    await expect(charter).toHaveAccessibleDescription(/Ticked by the charter of Checkout/);
    await expectNoAxeViolations(page);
  });

  await test.step('log a getting-to-know-you 1:1 with Maya and see her task tick, with the reason', async () => {
    await thisWeek.getByRole('link', { name: 'Go to 1:1s with Maya Lindqvist' }).first().click();
    await expect(page).toHaveURL(new RegExp(`/design/one-on-ones/\\?person=${MAYA}$`));
    const form = new OneOnOnesPage(page).newForm;
    await form.getByRole('radio', { name: 'Getting to know you' }).check();
    await form.getByLabel('Notes').fill('Wants to own the payments retry work.');
    await form.getByRole('button', { name: 'Save 1:1' }).click();
    await expect(page.getByRole('article', { name: '23 Nov 2026 · Getting to know you' })).toBeVisible();
    await page.goto('/plan/');
    const maya = task('Getting-to-know-you 1:1 with Maya Lindqvist');
    await expect(maya).toBeChecked();
    await expect(maya).toHaveAccessibleDescription(/Ticked by the getting-to-know-you 1:1 logged for 23 Nov 2026/);
    await expect(thisWeek.getByRole('checkbox', { name: 'Getting-to-know-you 1:1 with Maya Lindqvist' })).toBeHidden();
    await expect(thisWeek.getByRole('checkbox', { name: 'Getting-to-know-you 1:1 with Kwame Mensah' })).toBeVisible();
  });

  await test.step('add a person and see their tasks appear in the plan', async () => {
    await page.goto('/design/people/');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Name').fill('Noor Haddad');
    await page.getByLabel('Role').fill('Software engineer');
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved Noor Haddad.' })).toBeVisible();
    await page.goto('/plan/');
    await expect(thisWeek.getByRole('checkbox', { name: 'Getting-to-know-you 1:1 with Noor Haddad' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Week 11/ }).getByRole('checkbox', { name: 'Baseline check-in with Noor Haddad' })).toBeVisible();
  });

  await test.step('tick a task by hand', async () => {
    // Ticked, it leaves this week's list (nothing left to do there), so click rather than check().
    await thisWeek.getByRole('checkbox', { name: /^Talk with your own manager about the situation/ }).click();
    await expect(page.getByText(/^Done: Talk with your own manager/)).toBeVisible();
    await expect(thisWeek.getByRole('checkbox', { name: /^Talk with your own manager about the situation/ })).toBeHidden();
    const talk = task(/^Talk with your own manager about the situation/);
    await expect(talk).toBeChecked();
    await expect(talk).toHaveAccessibleDescription(/Ticked by hand on 23 Nov 2026/);
    // In the whole plan the box keeps the keyboard's focus through the change it made.
    await talk.focus();
    await page.keyboard.press('Space');
    await expect(page.getByText(/^Back to do: Talk with your own manager/)).toBeVisible();
    await expect(talk).not.toBeChecked();
    await expect(talk).toBeFocused();
    await page.keyboard.press('Space');
    await expect(talk).toBeChecked();
    // Design: the charter, Lea's and Maya's 1:1s and this talk, of the 12 shared tasks and 4 people's 1:1s.
    await expect(page.getByRole('list', { name: 'Progress per phase' }).getByRole('listitem').first()).toContainText('Design 4 of 16');
  });

  let before: ICAL.Event[] = [];
  await test.step('export the plan, the next 1:1s and the check-ins to a calendar a real parser reads', async () => {
    before = await exportCalendar(page, testInfo, 'before-move.ics');
    expect(before.every((e) => e.startDate.isDate)).toBe(true);
    const summaries = before.map((e) => e.summary);
    expect(summaries).toContain('✓ Getting-to-know-you 1:1 with Maya Lindqvist');
    expect(summaries).toContain('Baseline check-in with Noor Haddad');
    // Maya's 1:1 scheduled its next one for two weeks later.
    const next = before.find((e) => e.summary === '1:1 with Maya Lindqvist');
    expect(next?.startDate.toString()).toBe('2026-12-07');
    const kwame = before.find((e) => e.summary === 'Getting-to-know-you 1:1 with Kwame Mensah');
    expect(kwame?.startDate.toString()).toBe('2026-11-29');
    expect(new Set(before.map((e) => e.uid)).size).toBe(before.length);
  });

  await test.step('move the start day: every task moves, and the calendar keeps each UID', async () => {
    await page.getByLabel('Move week 1 to start on').fill('2026-11-30');
    await page.getByRole('button', { name: 'Move the plan', exact: true }).click();
    await expect(page.getByText('Moved the plan: week 1 starts on 30 Nov 2026, and every task moved with it.')).toBeVisible();
    await expect(page.getByText('Starts on 30 Nov 2026, in 7 days')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Week 1, coming up' }).getByRole('checkbox', { name: 'Getting-to-know-you 1:1 with Kwame Mensah' })).toHaveAccessibleDescription(/^Due 6 Dec 2026/);
    const after = await exportCalendar(page, testInfo, 'after-move.ics');
    const kwame = (events: ICAL.Event[]) => events.find((e) => e.summary === 'Getting-to-know-you 1:1 with Kwame Mensah')!;
    expect(kwame(after).uid).toBe(kwame(before).uid);
    expect(kwame(after).startDate.toString()).toBe('2026-12-06');
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort());
  });

  await test.step('print the whole plan, without the buttons or this week', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print the plan' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Week 1, coming up' })).toBeHidden();
    await expect(task('Getting-to-know-you 1:1 with Kwame Mensah')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('plan-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('Home says what the plan asks for this week, linking where it is done', async () => {
    await page.goto('/');
    const lines = page.getByRole('region', { name: 'Your first 90 days start on 30 Nov 2026' });
    await expect(lines.getByRole('listitem').filter({ hasText: 'Getting-to-know-you 1:1 with Kwame Mensah' })).toContainText('due 6 Dec 2026');
    await expect(lines.getByRole('listitem').filter({ hasText: 'Getting-to-know-you 1:1 with Maya Lindqvist' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  await test.step('export, start over and import: the plan comes back with its ticks', async () => {
    await data.goto();
    const file = await data.exportWorkspace();
    await data.startOver();
    await page.goto('/plan/');
    await expect(page.getByRole('heading', { name: 'Make your plan' })).toBeVisible();
    await data.goto();
    await data.importFile(file, 'replace');
    await page.goto('/plan/');
    await expect(page.getByText('Starts on 30 Nov 2026, in 7 days')).toBeVisible();
    await expect(task('Getting-to-know-you 1:1 with Maya Lindqvist')).toHaveAccessibleDescription(/Ticked by the getting-to-know-you 1:1 logged for 23 Nov 2026/);
    await expect(task(/^Talk with your own manager about the situation/)).toHaveAccessibleDescription(/Ticked by hand on 23 Nov 2026/);
    await expect(task('Baseline check-in with Noor Haddad')).not.toBeChecked();
  });
});

test('a larger team’s per-person tasks fold into one group a week, opened by keyboard', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.importFile(TEAM, 'replace');
  // Ten more people on top of the team's three: from 13, each person's tasks of a week fold into one group.
  await page.goto('/design/people/');
  await page.getByRole('button', { name: 'Add several people' }).click();
  const newcomers = ['Ada Okafor', 'Ben Carter', 'Chloé Martin', 'Dev Patel', 'Eva Novak', 'Femi Adeyemi', 'Grace Liu', 'Hugo Silva', 'Iris Kim', 'Jon Berg'];
  await page.getByLabel('People, one a line').fill(newcomers.join('\n'));
  await page.getByRole('button', { name: 'Add 10 people' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Added 10 people/ })).toBeVisible();

  await page.goto('/plan/');
  await page.getByRole('button', { name: 'Make my 90-day plan' }).click();
  const whole = page.getByRole('region', { name: 'The whole plan' });
  // Lea's getting-to-know-you 1:1 came with the team: one of the 13 is done already.
  const group = whole.getByText(/^Getting-to-know-you 1:1 with each person \(1 of 13 done, due 29 Nov 2026\)$/);
  await expect(group).toBeVisible();
  await expect(whole.getByRole('checkbox', { name: 'Getting-to-know-you 1:1 with Jon Berg' })).toHaveCount(0);
  await group.focus();
  await page.keyboard.press('Enter');
  await expect(whole.getByRole('checkbox', { name: /^Getting-to-know-you 1:1 with / })).toHaveCount(13);
  await expect(whole.getByRole('checkbox', { name: 'Getting-to-know-you 1:1 with Lea Fischer' })).toBeChecked();
  await expectNoAxeViolations(page);
});
