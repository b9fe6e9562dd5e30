/** Storage safety: another tab upgrading the database, and persistence shown on Data. */
import { test, expect } from './fixtures';

test('another tab upgrading the database shows a banner and reloads instead of breaking', async ({ page, context }) => {
  await page.goto('/data/');
  await page.getByRole('button', { name: 'Try it with a sample team' }).click();
  await expect(page.getByRole('button', { name: 'Remove sample data' })).toBeVisible();

  const other = await context.newPage();
  await other.goto('/guides/');
  const reloaded = page.waitForEvent('load');
  // A newer Turbine in another tab opens the database at a higher version.
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('turbine', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await expect(page.getByRole('alert')).toContainText('Turbine was updated in another tab');
  await reloaded;
  // After the reload the page works again, with the data intact.
  await expect(page.getByRole('button', { name: 'Remove sample data' })).toBeVisible();
});

test('Data shows where the data lives, persistence and the last export', async ({ page }) => {
  await page.goto('/data/');
  const storage = page.getByRole('region', { name: 'Where your data lives' });
  await expect(storage.getByText('Persistent storage')).toBeVisible();
  await expect(storage.getByText(/^(Granted|Not granted|Unknown)/)).toBeVisible();
  await expect(storage.getByText(/of .* available/)).toBeVisible();
  await expect(storage.getByText('Never')).toBeVisible();
});
