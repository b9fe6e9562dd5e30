/**
 * The browser can lose the database (its crash recovery discards or empties it).
 * Turbine keeps a recovery snapshot outside IndexedDB, notices the loss on open, and
 * offers the snapshot back; it never restores on its own.
 */
import { test, expect } from './fixtures.ts';
import { DataPage } from './pages/data-page.ts';

/** The snapshots Turbine kept (why, and how many records of each kind), read from the Origin Private File System as the app wrote them. */
async function snapshotIndex(page: import('@playwright/test').Page): Promise<{ reason: string; counts: Record<string, number> }[]> {
  return page.evaluate(async () => {
    try {
      const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('turbine-recovery');
      return JSON.parse(await (await (await dir.getFileHandle('index.json')).getFile()).text()) as { reason: string; counts: Record<string, number> }[];
    } catch {
      return [];
    }
  });
}

/** Every file in the snapshot folder, and the people named in each snapshot file the index lists. */
async function snapshotFiles(page: import('@playwright/test').Page): Promise<{ files: string[]; people: Record<string, string[]> }> {
  return page.evaluate(async () => {
    const dir = (await (await navigator.storage.getDirectory()).getDirectoryHandle('turbine-recovery')) as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> };
    const files: string[] = [];
    for await (const name of dir.keys()) files.push(name);
    const index = JSON.parse(await (await (await dir.getFileHandle('index.json')).getFile()).text()) as { name: string }[];
    const people: Record<string, string[]> = {};
    for (const { name } of index) {
      const file = JSON.parse(await (await (await dir.getFileHandle(name)).getFile()).text()) as { format: string; data: { people: { name: string }[] } };
      people[name] = file.format === 'turbine-workspace' ? file.data.people.map((p) => p.name).sort() : [];
    }
    return { files: files.sort(), people };
  });
}

const snapshotsKept = async (page: import('@playwright/test').Page) => (await snapshotIndex(page)).length;

test('a workspace deleted behind the app’s back is noticed and restored from the snapshot', async ({ page }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.loadSample();
  // A snapshot follows the changes once they settle.
  await page.clock.fastForward(5000);
  await expect.poll(() => snapshotsKept(page)).toBe(1);

  // As the browser's recovery does: the database goes, while the page is open.
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => new Promise((resolve) => { indexedDB.deleteDatabase('turbine').onsuccess = resolve; }));
  await expect(page.getByRole('alert').filter({ hasText: 'storage in this browser was deleted' })).toBeVisible();
  await reloaded;

  const notice = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Your workspace is gone from this browser' }) });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/8 people/);
  await expect(page.getByRole('button', { name: 'Start over…' })).toBeDisabled(); // nothing left to delete

  const back = page.waitForEvent('load');
  await notice.getByRole('button', { name: /^Restore the snapshot of/ }).click();
  await back;
  await expect(page.getByRole('button', { name: 'Remove sample data' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await page.goto('/design/people/');
  await expect(page.getByRole('rowheader', { name: 'Amara Okafor' })).toBeVisible();
});

test('starting over is what the manager asked for: no loss is reported, and the old workspace is kept as a snapshot', async ({ page }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.loadSample();
  await dataPage.startOver();
  await expect.poll(() => snapshotsKept(page)).toBe(1);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start over…' })).toBeDisabled(); // nothing left to delete
  await expect(page.getByRole('heading', { name: 'Your workspace is gone from this browser' })).toHaveCount(0);
});

test('a replace import keeps the workspace it replaces as a snapshot first', async ({ page }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.loadSample();
  await dataPage.importFile('e2e/data/checkout-team.json', 'replace');
  const kept = await snapshotIndex(page);
  expect(kept.map((s) => [s.reason, s.counts.people])).toEqual([['before importing a file', 8]]);
  // The import kept the snapshot from the read it made for its preview: a whole workspace file of what it replaced, nothing else in the folder.
  const { files, people } = await snapshotFiles(page);
  expect(files).toEqual(['index.json', ...Object.keys(people)].sort());
  expect(Object.values(people)).toHaveLength(1);
  expect(Object.values(people)[0]).toHaveLength(8);
  expect(Object.values(people)[0]).toContain('Amara Okafor');
  await page.goto('/design/people/');
  await expect(page.getByRole('rowheader', { name: 'Amara Okafor' })).toHaveCount(0);
});

test('a replace import reuses the snapshot taken after the last change, even from an earlier page, and takes a new one after any change', async ({ page }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.loadSample();
  // The page is left before its snapshot is due: the next page takes the one it missed.
  // The clock is moved on until the page's timer, set once its islands are up, has fired and its snapshot is kept.
  await page.reload();
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(1000);
        return (await snapshotIndex(page)).map((s) => [s.reason, s.counts.people]);
      },
      { timeout: 20_000 },
    )
    .toEqual([['changes', 8]]);

  // Nothing changed since: the workspace the import replaces is that snapshot, so no second copy is written.
  // (The page may keep a snapshot of what the import wrote a few seconds after it: real timers run.)
  await page.reload();
  await dataPage.importFile('e2e/data/checkout-team.json', 'replace');
  const afterFirst = await snapshotIndex(page);
  expect(afterFirst.map((s) => [s.reason, s.counts.people])[0]).toEqual(['changes', 8]);
  expect(afterFirst.filter((s) => s.counts.people === 8)).toHaveLength(1);
  expect(afterFirst.filter((s) => s.reason === 'before importing a file')).toEqual([]);

  // The import changed the workspace, so replacing it with another file first keeps what the import wrote
  // (3 people): taken for the replace, or already by the page if its own timer came first. Never skipped
  // on the strength of the 8-person snapshot from before.
  await page.reload();
  await dataPage.importFile('e2e/data/v1-sample-team.json', 'replace');
  const afterSecond = await snapshotIndex(page);
  expect(afterSecond.filter((s) => s.counts.people === 3).length).toBeGreaterThan(0);
});
