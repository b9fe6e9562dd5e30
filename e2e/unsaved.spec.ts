/**
 * The warning before leaving a form with unsaved changes: the browser asks on the way out
 * (its own beforeunload dialog), staying keeps the typed text, and a form with nothing
 * unsaved lets the manager go without a question.
 */
import { test, expect } from './fixtures.ts';

test('leaving a form with unsaved changes asks first; staying keeps the text', async ({ page }) => {
  await page.goto('/design/people/');
  await page.getByRole('button', { name: 'Add a person' }).click();
  const name = page.getByLabel('Name');
  await name.fill('Priya Natarajan');

  const charter = page.getByRole('navigation', { name: 'Design pages' }).getByRole('link', { name: 'Charter' });
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await charter.click({ noWaitAfter: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(page).toHaveURL(/\/design\/people\/$/);
  await expect(name).toHaveValue('Priya Natarajan');

  // Saved, nothing is left unsaved: the way out is free.
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved Priya Natarajan.' })).toBeVisible();
  await charter.click();
  expect(asked, 'no second dialog after saving').toEqual(['beforeunload']);
  await expect(page).toHaveURL(/\/design\/charter\/$/);
});
