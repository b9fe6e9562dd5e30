/**
 * Where the keyboard's focus goes (issue 8): a row added is the row to type in; a destructive
 * question focuses the safe answer; closing a form, a dialog, a history or a preview puts the
 * focus back on what opened it, never on the page's body. And "Act on this" gives each gap one
 * first step, the others below it.
 */
import { test, expect, expectNoAxeViolations } from './fixtures';
import { DataPage } from './pages/data-page';

const MONZO = new URL('./data/frameworks/monzo/backend.md', import.meta.url).pathname;
const WORKSPACE = new URL('./data/checkout-team.json', import.meta.url).pathname;

test('the charter: an added row gets the focus, a removed one hands it on, and closing the form returns to "Edit charter"', async ({ page }) => {
  await page.goto('/design/charter/');
  await page.getByLabel('Team name').fill('Payments Core');

  await page.getByRole('button', { name: 'Add a partner team' }).click();
  await expect(page.getByLabel('Partner team 2', { exact: true })).toBeFocused();
  await page.keyboard.type('Risk');
  await page.getByRole('button', { name: 'Add a system' }).click();
  await expect(page.getByLabel('System 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Ledger');

  // The first partner row was left empty: removing it hands the focus to the row that took its place.
  await page.getByRole('button', { name: 'Remove partner team 1' }).click();
  await expect(page.getByLabel('Partner team 1', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Partner team 1', { exact: true })).toHaveValue('Risk');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Save charter' }).click();
  await expect(page.getByRole('article').getByRole('heading', { name: 'Payments Core' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit charter' })).toBeFocused();

  await page.getByRole('button', { name: 'Edit charter' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Edit charter' })).toBeFocused();
});

test('removing the sample data asks first, focuses "Keep", and the focus never falls to the page', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();

  const sample = page.getByRole('region', { name: 'Sample team' });
  await sample.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(sample.getByRole('button', { name: 'Keep the sample' })).toBeFocused();
  await expect(sample).toContainText('Remove the sample team and everything that depends on it?');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(sample.getByRole('button', { name: 'Remove sample data' })).toBeFocused();

  await sample.getByRole('button', { name: 'Remove sample data' }).click();
  await sample.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(sample.getByRole('status')).toHaveText(/^Removed \d+ sample records\.$/);
  await expect(sample.getByRole('heading', { name: 'Sample team' })).toBeFocused();
  await expect(sample.getByRole('button', { name: 'Try it with a sample team' })).toBeVisible();
});

test('closing the capability form, the level chooser and the history returns the focus to what opened them', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();

  await page.goto('/design/capabilities/');
  const edit = page.getByRole('button', { name: /^Edit / }).first();
  const label = (await edit.getAttribute('aria-label')) ?? '';
  await edit.click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: label })).toBeFocused();
  // After a save the list is drawn again: the focus finds the button again.
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible();
  await expect(page.getByRole('button', { name: label })).toBeFocused();

  await page.goto('/design/matrix/');
  const grid = page.getByRole('grid', { name: 'Capability matrix' });
  await expect(grid).toBeVisible();
  const cell = grid.getByRole('gridcell').first();
  await cell.click();
  const choose = page.getByRole('button', { name: /^Choose a level for / });
  await choose.click();
  const chooser = page.getByRole('dialog');
  await expect(chooser).toBeVisible();
  await chooser.getByRole('button', { name: 'Cancel' }).click();
  await expect(chooser).toBeHidden();
  await expect(choose).toBeFocused();
  // Escape closes it too, with the same result.
  await choose.click();
  await expect(chooser).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await expect(choose).toBeFocused();

  // H on a cell opens the person's history; closing it returns to the cell.
  await cell.click();
  await expect(cell).toBeFocused();
  await page.keyboard.press('h');
  const history = page.getByRole('region', { name: /^History of / });
  await expect(history).toBeVisible();
  await history.getByRole('button', { name: 'Close history' }).click();
  await expect(history).toBeHidden();
  await expect(cell).toBeFocused();
});

test("cancelling a framework's or a workspace file's preview returns the focus to the file chooser", async ({ page }, testInfo) => {
  await page.goto('/design/capabilities/');
  await page.getByLabel('Framework file').setInputFiles(MONZO);
  const preview = page.getByRole('region', { name: 'Framework preview' });
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByLabel('Framework file')).toBeFocused();

  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.chooseFile(WORKSPACE);
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('region', { name: 'Import a workspace' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('table')).toBeHidden();
  await expect(data.fileInput).toBeFocused();
});

test('"Act on this" gives each gap one first step, the other steps smaller below it, each with its reason', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/design/insights/');
  const act = page.getByRole('region', { name: 'Act on this' });
  const groups = act.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(groups.first()).toBeVisible();
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    // One step stands out as a button; any others are plain links in the list under "Or".
    await expect(group.locator('.act-primary').getByRole('link')).toHaveCount(1);
    await expect(group.getByRole('heading', { level: 3 })).toHaveText(/ (Gap|Single point of failure)$/);
  }
  // The growth partner's reasons are still said, beside the step.
  await expect(act.locator('.step-why').first()).toHaveText(/level \d/);
  await expectNoAxeViolations(page);
  await act.screenshot({ path: testInfo.outputPath('act-on-this.png') });

  await page.goto('/design/');
  const overview = page.getByRole('region', { name: 'Act on this' });
  await expect(overview.locator('.act-primary').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
