/**
 * Grow, as a manager meets it: this quarter's check-in for a report, started from the
 * check-ins table, prefilled with last quarter's open goals and what the person did this
 * quarter; written by keyboard, saved as it is typed (a reload finds everything back),
 * the levels entered into the matrix, and printed without what only the manager sees.
 * The clock is 23 November 2026 (2026-Q4); the sample team's check-ins are Q2 and Q3.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { DataPage } from './pages/data-page';

test('this quarter’s check-in: carried goals, picked evidence, saved as typed, levels into the matrix, printed without private notes', async ({ page }, testInfo) => {
  test.slow();
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();

  await test.step('start Amara’s check-in from the check-ins table', async () => {
    await page.goto('/grow/');
    const team = page.getByRole('region', { name: 'The team over quarters' });
    await expect(team.getByRole('table', { name: 'Coverage at each quarter’s end' }).getByRole('row', { name: /^2026-Q4/ })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '2026-Q4 (this quarter)' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Amara Okafor’s check-in for 2026-Q3' })).toContainText('0 of 3 goals done');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Start Amara Okafor’s check-in for 2026-Q4' }).click();
    await expect(page.getByRole('heading', { name: 'Amara Okafor, 2026-Q4' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Nothing written yet' })).toBeVisible();
  });

  await test.step('last quarter’s open goals are carried over; its done and dropped ones are not', async () => {
    const goals = page.getByRole('region', { name: 'Goals' });
    await expect(goals.getByRole('group', { name: 'Goal 1, carried over from 2026-Q3' })).toBeVisible();
    await expect(goals.getByRole('textbox', { name: 'Goal' })).toHaveCount(3);
    await expect(goals.getByRole('textbox', { name: 'Goal' }).first()).toHaveValue('Pair with Mei Lin every week on reconciliation');
    await expect(goals).not.toContainText('Publish the provider migration design');
    await expect(page.getByRole('region', { name: 'Last quarter (2026-Q3)' })).toContainText('Coach Mei Lin into ledger ownership');
  });

  await test.step('pick what she did this quarter rather than write it again', async () => {
    const evidence = page.getByRole('region', { name: 'What Amara Okafor did this quarter' });
    await evidence.getByRole('checkbox', { name: /Gave input: Rotate Mei Lin into ledger and reconciliation/ }).check();
  });

  await test.step('write by keyboard: a strength with how it was used, a win, a goal’s status, engagement', async () => {
    await page.getByRole('button', { name: 'Add a strength' }).click();
    await page.getByRole('textbox', { name: 'Strength', exact: true }).fill('Design reviews that catch problems early');
    await page.getByRole('textbox', { name: 'How it was used' }).fill('Caught the double-posting risk in the refunds design');
    await page.getByRole('button', { name: 'Add a win' }).click();
    await page.getByRole('textbox', { name: 'Win 1' }).fill('Mei Lin ran the month-end reconciliation alone');
    await page.getByRole('combobox', { name: 'Status' }).nth(1).selectOption('Done');
    await page.getByRole('combobox', { name: 'Belonging' }).selectOption('4 of 5');
    await page.getByRole('textbox', { name: 'What would keep them' }).fill('Staff promotion case this cycle');
    await expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();
  });

  await test.step('a reload finds everything back, as a draft', async () => {
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Win 1' })).toHaveValue('Mei Lin ran the month-end reconciliation alone');
    await expect(page.getByRole('textbox', { name: 'How it was used' })).toHaveValue('Caught the double-posting risk in the refunds design');
    await expect(page.getByRole('checkbox', { name: /Gave input: Rotate Mei Lin/ })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Status' }).nth(1)).toHaveValue('done');
    await expect(page.getByRole('textbox', { name: 'What would keep them' })).toHaveValue('Staff promotion case this cycle');
    await expectNoAxeViolations(page);
  });

  await test.step('self beside manager: the difference is shown, and entering the levels changes the matrix by the manager’s only', async () => {
    const levels = page.getByRole('region', { name: 'Levels, self beside manager' });
    const first = levels.getByRole('row').nth(1);
    const capability = (await first.getByRole('rowheader').textContent())!;
    await first.getByRole('combobox', { name: `${capability}: their level` }).selectOption({ index: 4 });
    await first.getByRole('combobox', { name: `${capability}: your level` }).selectOption({ index: 3 });
    await expect(first).toContainText('Rates themselves 1 level higher');
    await levels.getByRole('button', { name: /^Enter these \d+ levels in the matrix$|^Enter this level in the matrix$/ }).click();
    await expect(page.getByText(/^Entered in the matrix/)).toBeVisible();
    await expect(first).toContainText(/Entered /);

    await page.goto('/design/matrix/');
    await expect(page.getByRole('gridcell', { name: `Amara Okafor, ${capability}: level 2` })).toBeAttached();
    await page.getByLabel('Showing and recording').selectOption({ label: 'Their self-assessment' });
    await expect(page.getByRole('gridcell', { name: `Amara Okafor, ${capability}: self-assessed level 3` })).toBeAttached();
    // Insights count the manager's level only: her own 3 is strong on this scale (0–4), the manager's 2 is not.
    await page.goto('/design/insights/');
    const bus = page.getByRole('region', { name: 'Bus factor and coverage' });
    const row = bus.getByRole('row').filter({ has: page.getByRole('rowheader', { name: capability, exact: true }) });
    await expect(row).toBeVisible();
    await expect(row).not.toContainText('Amara Okafor');
  });

  await test.step('the print view has the shared part and none of the manager’s notes', async () => {
    await page.goto('/grow/');
    await expect(page.getByRole('link', { name: 'Amara Okafor’s check-in for 2026-Q4' })).toContainText('Draft: 1 of 3 goals done');
    await page.getByRole('link', { name: 'Amara Okafor’s check-in for 2026-Q4' }).click();
    await page.emulateMedia({ media: 'print' });
    const paper = page.locator('article.check-in-print');
    await expect(paper).toBeVisible();
    await expect(paper).toContainText('Design reviews that catch problems early: Caught the double-posting risk in the refunds design');
    await expect(paper).toContainText('Win: Mei Lin ran the month-end reconciliation alone');
    await expect(paper).toContainText('Gave input: Rotate Mei Lin into ledger and reconciliation');
    await expect(paper).toContainText('Belonging 4 of 5');
    await expect(paper).not.toContainText('Staff promotion case');
    await expect(page.getByRole('heading', { name: 'Only for you' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('Home says who is due this quarter, the draft in progress and the goals at risk', async () => {
    await page.goto('/');
    const grow = page.getByRole('region', { name: 'Grow this quarter' });
    await expect(grow.getByRole('link', { name: 'Finish Amara Okafor’s check-in (draft)' })).toBeVisible();
    await expect(grow.getByRole('link', { name: 'Priya Raman’s check-in' })).toHaveAttribute('href', /quarter=2026-Q4/);
    // Amara's was at risk until the check-in marked it done.
    await expect(grow).toContainText('Priya Raman: Write the escalation guide for partner teams');
    await expect(grow).not.toContainText('Step off the on-call escalation path');
  });
});

test('a self-review goes to the person as a file and comes back as a reply: only their part leaves, a wrong or altered reply is refused', async ({ page, browser, now }, testInfo) => {
  test.slow();
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/grow/check-in/?person=' + (await personId(page, 'Amara Okafor')));
  await expect(page.getByRole('heading', { name: 'Amara Okafor, 2026-Q4' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Private notes' }).fill('Talk to the director about her promotion');
  await expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();

  const partPath = testInfo.outputPath('self-review.json');
  await test.step('export her self-review file: her goals and levels to assess, none of the manager’s notes', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export a self-review file for Amara Okafor' }).click();
    await (await download).saveAs(partPath);
    await expect(page.getByText(/^Exported Amara Okafor’s self-review file/)).toBeVisible();
    const text = readFileSync(partPath, 'utf8');
    expect(text).toContain('Pair with Mei Lin every week on reconciliation');
    expect(text).not.toContain('promotion');
    expect(text).not.toContain('managerNotes');
    expect(text).not.toContain('Tomás');
  });

  const replyPath = testInfo.outputPath('reply.json');
  await test.step('the person fills it in on their own machine, with an empty workspace, and saves a reply', async () => {
    const theirs = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    await theirs.clock?.install({ time: now });
    const mine = await theirs.newPage();
    await mine.goto('/grow/self-review/');
    await mine.getByLabel('Open your self-review file').setInputFiles(partPath);
    await expect(mine.getByRole('heading', { name: 'Amara Okafor, your self-review for 2026-Q4' })).toBeVisible();
    await mine.getByLabel('Pair with Mei Lin every week on reconciliation').selectOption('Done');
    await mine.getByRole('button', { name: 'Add a strength' }).click();
    await mine.getByRole('textbox', { name: 'Strength', exact: true }).fill('Coaching');
    await mine.getByRole('textbox', { name: 'How you used it' }).fill('Mei Lin now runs reconciliation alone');
    await mine.getByRole('textbox', { name: 'Areas you want to grow in' }).fill('Speaking at the all-hands');
    const firstLevels = mine.getByRole('group').filter({ has: mine.getByRole('radio', { name: 'Not saying' }) }).first();
    await firstLevels.getByRole('radio').nth(3).check();
    // Nothing is lost when the tab goes: the answers are kept in this browser.
    await mine.reload();
    await expect(mine.getByRole('textbox', { name: 'How you used it' })).toHaveValue('Mei Lin now runs reconciliation alone');
    await expectNoAxeViolations(mine);
    const download = mine.waitForEvent('download');
    await mine.getByRole('button', { name: 'Save my reply' }).click();
    await (await download).saveAs(replyPath);
    await theirs.close();
  });

  await test.step('an altered reply is refused and nothing changes', async () => {
    const altered = JSON.parse(readFileSync(replyPath, 'utf8')) as { data: { reply: { answers: { areasToGrow: string } } } };
    altered.data.reply.answers.areasToGrow = 'Nothing';
    const alteredPath = testInfo.outputPath('altered.json');
    writeFileSync(alteredPath, JSON.stringify(altered));
    await page.getByLabel('Import Amara Okafor’s reply').setInputFiles(alteredPath);
    await expect(page.getByRole('alert')).toContainText('it was changed after it was saved');
    await expect(page.getByRole('alert')).toContainText('$.data.digest');
  });

  await test.step('her reply, previewed, joins the check-in without replacing what the manager wrote', async () => {
    await page.getByLabel('Import Amara Okafor’s reply').setInputFiles(replyPath);
    const answers = page.getByRole('region', { name: 'Their answers' });
    await expect(answers).toContainText('Coaching: Mei Lin now runs reconciliation alone');
    await answers.getByRole('button', { name: /^Take \d+ answers into the check-in$/ }).click();
    await expect(page.getByText('Amara Okafor’s answers are in the check-in.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Strength', exact: true })).toHaveValue('Coaching');
    await expect(page.getByRole('textbox', { name: 'Areas to grow' })).toHaveValue('Speaking at the all-hands');
    await expect(page.getByRole('combobox', { name: 'Status' }).first()).toHaveValue('done');
    await expect(page.getByRole('textbox', { name: 'Private notes' })).toHaveValue('Talk to the director about her promotion');
    await expect(page.getByText(/reply taken in/)).toBeVisible();
  });

  await test.step('the same reply is refused in someone else’s check-in', async () => {
    await page.goto('/grow/check-in/?person=' + (await personId(page, 'Mei Lin Chen')));
    await page.getByLabel('Import Mei Lin Chen’s reply').setInputFiles(replyPath);
    await expect(page.getByRole('alert')).toContainText('it is the reply of someone else');
  });

  await test.step('export, start over and import: the check-in, its self-review record and the private notes come back', async () => {
    await data.goto();
    const exported = await data.exportWorkspace();
    await data.startOver();
    await data.importFile(exported, 'replace');
    await page.goto('/grow/');
    await page.getByRole('link', { name: 'Amara Okafor’s check-in for 2026-Q4' }).click();
    await expect(page.getByRole('textbox', { name: 'Strength', exact: true })).toHaveValue('Coaching');
    await expect(page.getByRole('textbox', { name: 'Private notes' })).toHaveValue('Talk to the director about her promotion');
    await expect(page.getByText(/reply taken in/)).toBeVisible();
  });
});

/** A person's id, read from the check-ins table's link. */
async function personId(page: import('@playwright/test').Page, name: string): Promise<string> {
  await page.goto('/grow/');
  const link = page.getByRole('link', { name: `Start ${name}’s check-in for 2026-Q4` });
  return new URL((await link.getAttribute('href'))!, 'http://x').searchParams.get('person')!;
}

test('the next person’s check-in opens in place, and the one left is saved first', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/grow/');
  await page.getByRole('link', { name: 'Start Amara Okafor’s check-in for 2026-Q4' }).click();
  await expect(page.getByRole('heading', { name: 'Amara Okafor, 2026-Q4' })).toBeVisible();
  // Typed, and straight on to the next person, before the pause after which it would be saved.
  await page.getByRole('textbox', { name: 'Areas to grow' }).fill('Writing the design down before the code');
  await page.getByRole('combobox', { name: 'Check-in for' }).selectOption({ label: 'Mei Lin Chen' });
  await expect(page.getByRole('heading', { name: 'Mei Lin Chen, 2026-Q4' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What Mei Lin Chen did this quarter' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Areas to grow' })).toHaveValue('');
  await expectNoAxeViolations(page);
  // The address follows, so a reload opens Mei Lin's; Amara's was saved as a draft on the way.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Mei Lin Chen, 2026-Q4' })).toBeVisible();
  await page.goto('/grow/');
  await expect(page.getByRole('link', { name: 'Amara Okafor’s check-in for 2026-Q4' })).toContainText('Draft');
  await page.getByRole('link', { name: 'Amara Okafor’s check-in for 2026-Q4' }).click();
  await expect(page.getByRole('textbox', { name: 'Areas to grow' })).toHaveValue('Writing the design down before the code');
  // An address edited by hand names what is wrong with it.
  await page.goto(`${new URL(page.url()).pathname}?person=${new URL(page.url()).searchParams.get('person')}&quarter=2026-Q5`);
  await expect(page.getByText('“2026-Q5” is not a quarter: quarters look like 2026-Q4.')).toBeVisible();
});

test('a person’s trajectory: levels self beside manager, goals and engagement over quarters, each chart with its table', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/grow/');
  await page.getByRole('link', { name: 'Amara Okafor’s trajectory' }).click();
  await expect(page.getByRole('heading', { name: 'Amara Okafor', level: 2 })).toBeVisible();
  const levels = page.getByRole('region', { name: 'Levels over quarters' });
  await expect(levels.getByRole('img')).toHaveAttribute('aria-label', /the manager’s level and Amara Okafor’s own, by quarter/);
  await expect(levels.getByRole('table', { name: /Manager’s level \/ their own level/ })).toBeVisible();
  const goals = page.getByRole('region', { name: 'Goals over quarters' });
  // The sample's Q2 goals: one done, one dropped, both set that quarter.
  await expect(goals.getByRole('row', { name: /^2026-Q2/ })).toHaveText(/2026-Q2\s*2\s*1\s*1/);
  const engagement = page.getByRole('region', { name: 'Engagement over quarters' });
  await expect(engagement.getByRole('row', { name: /^Energy overall/ })).toContainText('4');
  await page.getByRole('combobox', { name: 'At the end of' }).selectOption('2026-Q3');
  await expect(page.getByRole('table', { name: /end of 2026-Q3/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The next person in place; the address follows, so a reload (or a link passed on) opens them.
  await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Mei Lin Chen' });
  await expect(page.getByRole('heading', { name: 'Mei Lin Chen', level: 2 })).toBeVisible();
  await expect(page.getByRole('table', { name: /Share of the way to expert per area, Mei Lin Chen and the team/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Amara Okafor', level: 2 })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Mei Lin Chen', level: 2 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Person' })).toHaveValue(new URL(page.url()).searchParams.get('person')!);
});

test('levels entered from an untouched check-in, and a level changed afterwards is entered again', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/grow/');
  await page.getByRole('link', { name: 'Start Mei Lin Chen’s check-in for 2026-Q4' }).click();
  const levels = page.getByRole('region', { name: 'Levels, self beside manager' });
  // Nothing typed yet: entering the suggested levels saves the check-in first.
  await levels.getByRole('button', { name: /^Enter these \d+ levels in the matrix$/ }).click();
  await expect(page.getByText(/^Entered in the matrix/)).toBeVisible();
  const first = levels.getByRole('row').nth(1);
  await expect(first).toContainText(/Entered /);
  await expect(levels.getByRole('button', { name: /^Enter/ })).toBeDisabled();
  const capability = (await first.getByRole('rowheader').textContent())!;
  await first.getByRole('combobox', { name: `${capability}: your level` }).selectOption({ index: 5 });
  await expect(first).toContainText('Not entered');
  await levels.getByRole('button', { name: 'Enter this level in the matrix' }).click();
  await expect(first).toContainText(/Entered /);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Levels, self beside manager' }).getByRole('row').nth(1)).toContainText(/Entered /);
  await page.goto('/design/matrix/');
  await expect(page.getByRole('gridcell', { name: `Mei Lin Chen, ${capability}: level 4` })).toBeAttached();
  // The manager's level counts in Insights: 4 is strong on this scale.
  await page.goto('/design/insights/');
  const bus = page.getByRole('region', { name: 'Bus factor and coverage' });
  await expect(bus.getByRole('row').filter({ has: page.getByRole('rowheader', { name: capability, exact: true }) })).toContainText('Mei Lin Chen');
});
