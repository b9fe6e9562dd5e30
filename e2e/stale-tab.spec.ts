/**
 * Two tabs, one workspace: a replace in one tab must not be undone by a stale save
 * in the other. Tab B keeps its unsaved text on screen to copy, and is told why.
 */
import { test, expect } from './fixtures.ts';
import { DataPage } from './pages/data-page.ts';

const data = (name: string) => new URL(`./data/${name}`, import.meta.url).pathname;

test('a save in a tab whose workspace was replaced elsewhere is refused, and the tab says so', async ({ page, context }, testInfo) => {
  const dataA = new DataPage(page, testInfo);
  await dataA.goto();
  await dataA.loadSample();

  // Tab B: the charter form and a person's edit form, each with unsaved text.
  const b = await context.newPage();
  await b.goto('/design/charter/');
  await b.getByRole('button', { name: 'Edit charter' }).click();
  await b.getByLabel('Mission').fill('Unsaved mission from tab B');
  const people = await context.newPage();
  await people.goto('/design/people/');
  await people.getByRole('button', { name: 'Edit Amara Okafor' }).click();
  await people.getByLabel('Role').fill('Unsaved role from tab C');

  // Tab A replaces the workspace.
  await dataA.importFile(data('checkout-team.json'), 'replace');

  for (const tab of [b, people]) {
    await expect(tab.getByRole('heading', { name: 'The workspace was replaced in another tab' })).toBeVisible();
    await expect(tab.getByRole('button', { name: 'Reload this page' })).toBeVisible();
  }

  await b.getByRole('button', { name: 'Save charter' }).click();
  await expect(b.getByText(/Could not save the charter: The workspace was replaced in another tab/)).toBeVisible();
  await expect(b.getByLabel('Mission')).toHaveValue('Unsaved mission from tab B');

  await people.getByRole('button', { name: 'Save changes' }).click();
  await expect(people.getByText(/Could not save this person: The workspace was replaced in another tab/)).toBeVisible();
  await expect(people.getByLabel('Role')).toHaveValue('Unsaved role from tab C');

  // The imported workspace is exactly what the file held: one team, no resurrected sample person.
  await page.goto('/design/charter/');
  await expect(page.getByRole('article').getByRole('heading', { name: 'Checkout' })).toBeVisible();
  await expect(page.getByText('Unsaved mission from tab B')).toHaveCount(0);
  await page.goto('/design/people/');
  await expect(page.getByRole('rowheader', { name: 'Maya Lindqvist' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Amara Okafor' })).toHaveCount(0);

  // After a reload, tab B edits the current workspace again.
  await b.getByRole('button', { name: 'Reload this page' }).click();
  await b.getByRole('button', { name: 'Edit charter' }).click();
  await b.getByLabel('Vision or slogan').fill('Checkout that never double-charges');
  await b.getByRole('button', { name: 'Save charter' }).click();
  await expect(b.getByText('Charter saved.')).toBeVisible();
});

test('a save over a record another tab saved since is refused with the reason', async ({ page, context }, testInfo) => {
  const dataA = new DataPage(page, testInfo);
  await dataA.goto();
  await dataA.loadSample();
  const b = await context.newPage();
  for (const tab of [page, b]) {
    await tab.goto('/design/people/');
    await tab.getByRole('button', { name: 'Edit Amara Okafor' }).click();
  }
  await page.getByLabel('Role').fill('Principal engineer');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('rowheader', { name: 'Amara Okafor' })).toBeVisible();

  await b.getByLabel('Level').fill('L7');
  await b.getByRole('button', { name: 'Save changes' }).click();
  await expect(b.getByText(/was changed in another tab after you opened it/)).toBeVisible();
  await expect(b.getByLabel('Level')).toHaveValue('L7');
  await b.getByRole('button', { name: 'Cancel' }).click();
  await expect(b.getByRole('row', { name: /Amara Okafor Principal engineer/ })).toBeVisible();
});

test('a loop, a question or a decision saved in another tab since this tab opened it is not overwritten', async ({ page, context }, testInfo) => {
  test.slow(); // two tabs through three pages each: about 50 s on a loaded 2-core machine
  const dataA = new DataPage(page, testInfo);
  await dataA.goto();
  await dataA.loadSample();
  const b = await context.newPage();
  const decision = 'Move the on-call handover to Tuesday mornings';

  // Both tabs open the same records; tab A saves each first, then tab B tries.
  for (const tab of [page, b]) {
    await tab.goto('/hire/loops/');
    await tab.getByRole('link', { name: 'Payments reliability engineer' }).click();
  }
  await page.getByLabel('Description').fill('Saved in tab A');
  await page.getByRole('button', { name: 'Save loop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved Payments reliability engineer.' })).toBeVisible();
  await b.getByLabel('Description').fill('Unsaved in tab B');
  await b.getByRole('button', { name: 'Save loop' }).click();
  await expect(b.getByRole('alert')).toContainText('Could not save this loop: The loop “Payments reliability engineer” was changed in another tab after you opened it.');
  await expect(b.getByLabel('Description')).toHaveValue('Unsaved in tab B');

  for (const tab of [page, b]) {
    await tab.goto('/hire/questions/');
    await tab.getByRole('button', { name: /^Edit the question/ }).first().click();
  }
  await page.getByLabel('What good looks like').fill('Saved in tab A');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel('What good looks like')).toHaveCount(0);
  // Tab B's list now shows tab A's version: the form must still save against the one it opened.
  await b.getByLabel('What good looks like').fill('Unsaved in tab B');
  await b.getByRole('button', { name: 'Save changes' }).click();
  await expect(b.getByRole('alert')).toContainText('Could not save this question: This question was changed in another tab after you opened it.');

  const entry = (tab: typeof page) => tab.getByRole('article', { name: decision });
  for (const tab of [page, b]) {
    await tab.goto('/design/decisions/');
    await entry(tab).getByRole('button', { name: `Edit “${decision}”` }).click();
  }
  await entry(page).getByLabel('Why?').fill('Saved in tab A');
  await entry(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(entry(page).getByLabel('Why?')).toHaveCount(0);
  await entry(b).getByLabel('Why?').fill('Unsaved in tab B');
  await entry(b).getByRole('button', { name: 'Save changes' }).click();
  await expect(entry(b).getByRole('alert')).toContainText(`Could not save the changes: The decision “${decision}” was changed in another tab after you opened it.`);
  await expect(entry(b).getByLabel('Why?')).toHaveValue('Unsaved in tab B');
});
