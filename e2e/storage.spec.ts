/** Storage safety: another tab upgrading the database, and persistence shown on Data. */
import { test, expect } from './fixtures';
import { dumpDatabase } from './database';

test('another tab upgrading the database shows a banner and reloads instead of breaking', async ({ page, context }) => {
  await page.goto('/data/');
  await page.getByRole('button', { name: 'Try it with a sample team' }).click();
  await expect(page.getByRole('button', { name: 'Remove sample data' })).toBeVisible();

  const other = await context.newPage();
  await other.goto('/guides/');
  // The sample's recovery snapshot starts now, so the upgrade lands while its reads are in flight:
  // their DatabaseClosedError is expected then and must not surface as a page error.
  await page.clock.fastForward(4100);
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

test('a database the previous Turbine wrote (version 2) opens upgraded, every record kept', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  const v2 = JSON.parse(readFileSync(new URL('./data/v2-sample-team.json', import.meta.url), 'utf8')) as { data: Record<string, Record<string, unknown>[]> };
  // Version 2's tables as src/db/versions.ts declared them (Dexie stores version n as 10 n).
  const stores: Record<string, string> = {
    settings: 'id', teams: 'id', people: 'id, status', levelScales: 'id', capabilityAreas: 'id', capabilities: 'id, areaId',
    assessmentLogs: 'personId', oneOnOnes: 'id, personId, date', decisions: 'id, date', questions: 'id', interviewLoops: 'id',
    openings: 'id, status', candidates: 'id, openingId, status', scorecardSets: 'candidateId', onboardingPlans: 'id, personId',
    checkIns: 'id, personId, quarter', ninetyDayPlans: 'id', systems: 'id, externalKey', goals: 'id, personId',
  };
  await page.goto('/guides/');
  await page.evaluate(
    ({ stores, data }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('turbine', 20);
        request.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(stores)) {
            const [key, ...indexes] = spec.split(',').map((s) => s.trim());
            const store = request.result.createObjectStore(name, { keyPath: key });
            for (const index of indexes) store.createIndex(index, index);
          }
        };
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(stores), 'readwrite');
          const grouped: Record<string, [string, string, string]> = { assessments: ['assessmentLogs', 'personId', 'assessments'], scorecards: ['scorecardSets', 'candidateId', 'scorecards'] };
          for (const [kind, rows] of Object.entries(data)) {
            if (!Array.isArray(rows)) continue;
            const group = grouped[kind];
            if (!group) {
              for (const row of rows) tx.objectStore(kind).put(row);
              continue;
            }
            const [table, key, field] = group;
            const byKey = new Map<string, unknown[]>();
            for (const row of rows) byKey.set(row[key] as string, [...(byKey.get(row[key] as string) ?? []), row]);
            for (const [k, list] of byKey) tx.objectStore(table).put({ [key]: k, count: list.length, [field]: JSON.stringify(list) });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    { stores, data: v2.data },
  );
  await page.goto('/learn/');
  const plans = page.getByRole('region', { name: 'Onboarding plans' });
  await expect(plans).toContainText('Kwame: first 90 days');
  await expect(plans).toContainText('Mei Lin: rotation into ledger and reconciliation');
  await page.goto('/design/people/');
  await expect(page.getByRole('row', { name: /Amara Okafor/ })).toBeVisible();
  const dump = await dumpDatabase(page);
  for (const kind of ['people', 'systems', 'goals', 'onboardingPlans', 'checkIns', 'candidates'] as const) {
    expect((dump[kind] as { id: string }[]).map((r) => r.id).sort(), kind).toEqual(v2.data[kind]!.map((r) => r.id as string).sort());
  }
  // Every onboarding item now has its workday offset, and no fixed due day.
  for (const plan of dump.onboardingPlans as { items: { offset?: number; due?: string }[] }[]) {
    for (const item of plan.items) {
      expect(typeof item.offset).toBe('number');
      expect(item.due).toBeUndefined();
    }
  }
  expect(dump.onboardingTemplates).toEqual([]);
});
