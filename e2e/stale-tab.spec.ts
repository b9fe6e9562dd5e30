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
