/** Data journeys: the sample team, export → start over → import, and every kind of bad file. */
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { DataPage } from './pages/data-page';
import { dumpDatabase, recordCount } from './database';

const data = (name: string) => new URL(`./data/${name}`, import.meta.url).pathname;

test('sample team → export → start over → import gives everything back', async ({ page }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.loadSample();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByText('You are looking at a sample team.')).toBeVisible();
  await expect(page.getByText('7 people (1 moved on)', { exact: true })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
  const exported = await dataPage.exportWorkspace();
  const before = await dumpDatabase(page);
  expect(recordCount(before)).toBeGreaterThan(50);

  const file = JSON.parse(readFileSync(exported, 'utf8'));
  expect(file).toMatchObject({ format: 'turbine-workspace', formatVersion: 6, exportedAt: expect.stringMatching(/^2026-11-23T09:/), app: { name: 'Turbine' } });
  await expect(page.getByText('Last export')).toBeVisible();

  // Asked, then kept with the key that has the focus: nothing goes, and the keyboard is back where it was.
  await page.getByRole('button', { name: 'Start over…' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start over…' })).toBeFocused();
  expect(await dumpDatabase(page)).toEqual(before);

  await dataPage.startOver();
  expect(recordCount(await dumpDatabase(page))).toBe(0);

  await dataPage.importFile(exported, 'replace');
  expect(await dumpDatabase(page)).toEqual(before);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Design' }).click();
  const firstPerson = (before.people as { name: string }[])[0]!.name;
  await expect(page.getByRole('rowheader', { name: firstPerson })).toBeVisible();
});

test('the preview shows what an import adds, changes and removes before anything is written', async ({ page }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.loadSample();
  const before = await dumpDatabase(page);

  await dataPage.chooseFile(data('checkout-team.json'));
  // A format-1 file: its 15 records plus the 3 systems its scope becomes and the goal its check-in held.
  await expect(page.getByText('checkout-team.json is a valid Turbine workspace with 19 records.')).toBeVisible();
  const people = page.getByRole('row', { name: /^People/ });
  await expect(people.getByRole('cell')).toHaveText(['3', '3', '0', '0', '8']); // merge: the 8 sample people are kept
  await page.getByRole('radio', { name: 'Replace my workspace' }).check();
  await expect(people.getByRole('cell')).toHaveText(['3', '3', '0', '0', '8']); // replace: the 8 would go
  await expect(page.getByRole('columnheader', { name: 'Removed' })).toBeVisible();
  await expect(page.getByText(/Replacing removes \d+ records/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await dumpDatabase(page)).toEqual(before);

  await dataPage.importFile(data('checkout-team.json'), 'merge');
  const after = await dumpDatabase(page);
  expect(after.people).toHaveLength(11);
});

const badFiles: [string, string, RegExp, string | undefined][] = [
  ['empty.json', 'an empty file', /The file is empty/, undefined],
  ['broken-not-json.json', 'broken JSON', /not valid JSON: .*line \d+/, undefined],
  ['not-turbine.json', 'another app’s file', /not a Turbine workspace file/, '$.format'],
  ['newer-version.json', 'a newer format', /newer Turbine \(format version 99\)/, '$.formatVersion'],
  ['wrong-types.json', 'wrong types', /2 values in the file are not what Turbine expects/, '$.data.people[1].status'],
  ['duplicate-ids.json', 'duplicate ids', /reuses an id/, '$.data.people[2].id'],
  ['dangling-reference.json', 'a dangling reference', /point.? to records that are not in it/, '$.data.assessments[1].capabilityId'],
];

test('every kind of bad file is refused with a clear message and the data is untouched', async ({ page }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.importFile(data('checkout-team.json'), 'replace');
  const before = await dumpDatabase(page);

  for (const [file, what, headline, path] of badFiles) {
    await test.step(what, async () => {
      await dataPage.chooseFile(data(file));
      await expect(dataPage.refusal).toContainText(`Nothing was imported from ${file}`);
      await expect(dataPage.refusal).toContainText(headline);
      if (path) await expect(dataPage.refusal.getByRole('list', { name: 'Problems found' })).toContainText(path);
      await expect(dataPage.refusal).toContainText('Your workspace is unchanged.');
      expect(await dumpDatabase(page)).toEqual(before);
    });
  }

  await test.step('a 100 MB file', async () => {
    const huge = testInfo.outputPath('huge.json');
    writeFileSync(huge, Buffer.alloc(100 * 1024 * 1024, 0x20));
    await dataPage.chooseFile(huge);
    await expect(dataPage.refusal).toContainText('The file is 100.0 MB; Turbine reads workspace files up to 64.0 MB.');
    expect(await dumpDatabase(page)).toEqual(before);
  });
  await expectNoAxeViolations(page);
});

/** Fields a manager types free text into; every one of them gets a payload. */
const textFields = new Set(['name', 'role', 'level', 'fit', 'mission', 'value', 'vision', 'description', 'text', 'notes', 'context', 'decided', 'why', 'decidedBy', 'title', 'owner', 'lead', 'strengths', 'toImprove', 'stretch', 'feedbackAsked', 'feedbackGiven', 'areasToGrow', 'howUsed', 'growthInTheirWords', 'whatWouldKeepThem']);
// `scope` is a format-1 list (this file is format 1): its payloads become system names on import.
const textLists = new Set(['scope', 'input']);

function poison(value: unknown, payload: (i: number) => string, counter = { n: 0 }): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v, payload, counter));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      if (textFields.has(k) && typeof v === 'string') return [k, payload(counter.n++)];
      if (textLists.has(k) && Array.isArray(v)) return [k, v.map(() => payload(counter.n++))];
      return [k, poison(v, payload, counter)];
    }),
  );
}

test('imported text with script and HTML payloads is shown as text and never runs', async ({ page }, testInfo) => {
  const payloads = [
    (i: number) => `<img src=x onerror="window.__pwned='img${i}'">`,
    (i: number) => `<script>window.__pwned='script${i}'</script>`,
    (i: number) => `<svg onload="window.__pwned='svg${i}'"></svg>`,
  ];
  const original = JSON.parse(readFileSync(data('checkout-team.json'), 'utf8'));
  const poisoned = { ...original, data: poison(original.data, (i) => payloads[i % payloads.length]!(i)) };
  const file = testInfo.outputPath('payloads.json');
  writeFileSync(file, JSON.stringify(poisoned));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.importFile(file, 'replace');

  // Each route waits for its island to show the imported workspace (a poisoned text where
  // the page shows one) before it is checked: a check made while "Loading…" still stands
  // would pass without the payloads ever reaching the DOM.
  const named = (kind: string) => (poisoned.data[kind] as { name: string }[]).map((r) => r.name);
  const [teamName] = named('teams');
  const [firstPerson] = named('people');
  const [firstCapability] = named('capabilities');
  // A format-1 file: its scope strings become systems and its check-ins' goals records of their own.
  const v1 = poisoned.data as { teams: { scope: unknown[] }[]; checkIns: { goals: unknown[] }[] };
  const lifted = v1.teams.reduce((n, t) => n + t.scope.length, 0) + v1.checkIns.reduce((n, c) => n + c.goals.length, 0);
  const records = lifted + Object.values(poisoned.data as Record<string, unknown>).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  const islandContent = {
    '/': () => page.getByText(`Team: ${teamName}`, { exact: true }),
    '/design/': () => page.getByText(teamName!, { exact: true }),
    '/hire/': () => page.getByRole('button', { name: `Draft an opening for ${firstCapability}` }),
    // The workspace has no onboarding plans: the island's own empty state is its content.
    '/learn/': () => page.getByText('No onboarding plans yet.'),
    // Format 1's scope strings, now systems: shown as text on the map.
    '/learn/systems/': () => page.getByRole('rowheader', { name: String(v1.teams[0]!.scope[0]).trim(), exact: true }),
    '/grow/': () => page.getByRole('rowheader', { name: firstPerson }),
    // No imported text here either: the storage panel's count of the imported records.
    '/data/': () => page.getByRole('definition').filter({ hasText: new RegExp(`^${records}$`) }),
  };
  for (const [route, content] of Object.entries(islandContent)) {
    await page.goto(route);
    await expect(content(), `${route} shows the imported workspace`).toBeVisible();
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned), `nothing ran on ${route}`).toBeUndefined();
    expect(await page.locator('main img, main script, main svg:not([aria-hidden])').count(), `no injected element on ${route}`).toBe(0);
  }
  expect(dialogs).toEqual([]);
});

test('a reload with the network gone still shows the data', async ({ page, context }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.importFile(data('checkout-team.json'), 'replace');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.goto('/design/');
  await expect(page.getByRole('rowheader', { name: 'Maya Lindqvist' })).toBeVisible();
  await page.goto('/grow/');
  await expect(page.getByRole('rowheader', { name: 'Kwame Mensah' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('3 people', { exact: true })).toBeVisible();
});
