/**
 * Grow, as a manager meets it: this quarter's check-in for a report, started from the
 * check-ins table, prefilled with last quarter's open goals and what the person did this
 * quarter; written by keyboard, saved as it is typed (a reload finds everything back),
 * the levels entered into the matrix, and printed without what only the manager sees.
 * The clock is 23 November 2026 (2026-Q4); the sample team's check-ins are Q2 and Q3.
 */
import { test, expect, expectNoAxeViolations } from './fixtures';
import { DataPage } from './pages/data-page';

test('this quarter’s check-in: carried goals, picked evidence, saved as typed, levels into the matrix, printed without private notes', async ({ page }, testInfo) => {
  test.slow();
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();

  await test.step('start Amara’s check-in from the check-ins table', async () => {
    await page.goto('/grow/');
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
});
