/**
 * Learn, as a manager meets it: the team's systems imported from the files teams keep
 * (CODEOWNERS, Backstage catalog files), the ones only one person knows first; a rotation
 * plan started from a Design gap, ticked by keyboard, the level it earned recorded in the
 * matrix, exported to a calendar, printed, and found again after export → start over → import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { DataPage } from './pages/data-page';

const SURFACE = new URL('./data/surface/backstage/', import.meta.url).pathname;

test('import the surface area, then plan, tick, record, export and print a rotation', async ({ page }, testInfo) => {
  test.slow();
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();

  await test.step('give a person the handle CODEOWNERS knows them by', async () => {
    await page.goto('/design/people/');
    await page.getByRole('button', { name: 'Edit Priya Raman' }).click();
    await page.getByLabel('GitHub or GitLab handles').fill('@kuangp');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Saved Priya Raman.')).toBeVisible();
  });

  await test.step('import CODEOWNERS: one system per pattern, owners matched, and a second import changes nothing', async () => {
    await page.goto('/learn/systems/');
    await page.getByRole('button', { name: 'Import from Backstage or CODEOWNERS' }).click();
    await page.getByLabel('Catalog or CODEOWNERS file').setInputFiles(`${SURFACE}CODEOWNERS`);
    const preview = page.getByRole('region', { name: 'Systems preview' });
    await expect(preview).toContainText(/CODEOWNERS: \d+ new systems, 0 to update, 0 already as the file says/);
    // Teams and users nobody on the team matches are listed, not dropped.
    await expect(preview.getByRole('status')).toContainText('@backstage/maintainers');
    await preview.getByRole('button', { name: /^Import \d+ systems$/ }).click();
    await expect(page.getByText(/^Imported CODEOWNERS: \d+ systems added, 0 updated\.$/)).toBeVisible();
    const adr = page.getByRole('row', { name: /^plugins\/adr\b/ }).first();
    await expect(adr).toContainText('Priya Raman');

    await page.getByRole('button', { name: 'Import from Backstage or CODEOWNERS' }).click();
    await page.getByLabel('Catalog or CODEOWNERS file').setInputFiles(`${SURFACE}CODEOWNERS`);
    await expect(preview).toContainText(/0 new systems, 0 to update, \d+ already as the file says/);
    await expect(preview.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
    await preview.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('import Backstage catalog files together, Groups and Users resolving owners', async () => {
    await page.getByRole('button', { name: 'Import from Backstage or CODEOWNERS' }).click();
    await page.getByLabel('Catalog or CODEOWNERS file').setInputFiles([`${SURFACE}catalog-info.yaml`, `${SURFACE}team-a-group.yaml`]);
    const preview = page.getByRole('region', { name: 'Systems preview' });
    await expect(preview).toContainText('catalog-info.yaml, team-a-group.yaml: 1 new system');
    await preview.getByRole('button', { name: 'Import 1 system' }).click();
    await expect(page.getByText(/^Imported catalog-info\.yaml, team-a-group\.yaml: 1 system added/)).toBeVisible();
  });

  await test.step('systems one person or nobody knows come first', async () => {
    const table = page.getByRole('table', { name: 'Systems, those known by one person or nobody first' });
    const firstRow = table.getByRole('row').nth(1);
    await expect(firstRow.getByRole('cell').nth(3)).toContainText(/^1|^0/);
    await expect(table.getByRole('row', { name: /^Double-entry ledger/ })).toContainText('one person knows it');
    await expectNoAxeViolations(page);
  });

  let planUrl = '';
  await test.step('start a rotation from the Design gap link', async () => {
    await page.goto('/design/insights/');
    await page.getByRole('link', { name: 'Plan growth for Mei Lin Chen in Ledger and reconciliation with Amara Okafor' }).click();
    const form = page.getByRole('form', { name: 'Plan growth for Mei Lin Chen' });
    await expect(form.getByLabel('For')).toHaveValue(/.+/);
    await expect(form.getByLabel('Buddy')).toContainText('Amara Okafor');
    await form.getByLabel('Into the system').selectOption({ label: 'Double-entry ledger' });
    await form.getByRole('button', { name: 'Start the plan' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Mei Lin Chen: rotation into Double-entry ledger and Ledger and reconciliation' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'The first week: five things that matter' })).toContainText('Amara Okafor is the buddy');
    planUrl = page.url();
    await expectNoAxeViolations(page);
  });

  await test.step('tick an item by keyboard and record the level it earned', async () => {
    const item = page.getByRole('checkbox', { name: 'Shadow the buddy through a routine change to the system' });
    await item.focus();
    await page.keyboard.press('Space');
    await expect(item).toBeChecked();
    await expect(page.getByText('Done: Shadow the buddy through a routine change to the system.')).toBeVisible();
    const level = page.getByLabel('Mei Lin Chen’s level in Ledger and reconciliation');
    await expect(level).toBeFocused();
    await level.selectOption({ index: 3 });
    await page.getByRole('button', { name: 'Record the level' }).click();
    await expect(page.getByText(/^Recorded level .* for Mei Lin Chen in Ledger and reconciliation/)).toBeVisible();
    await page.goto('/design/matrix/');
    await expect(page.getByRole('gridcell', { name: /^Mei Lin Chen, Ledger and reconciliation: level 2/ })).toBeVisible();
  });

  await test.step('export the open items to a calendar a real parser reads', async () => {
    await page.goto(planUrl);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to a calendar (.ics)' }).click();
    const file = await download;
    const path = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(path);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const open = await page.getByRole('checkbox', { checked: false }).count();
    expect(events).toHaveLength(open);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(events.map((e) => e.summary)).not.toContain('Shadow the buddy through a routine change to the system');
  });

  await test.step('print the plan: items without the buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByRole('checkbox', { name: 'Shadow the buddy through a routine change to the system' })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('export, start over, import: the plan and the systems are all back', async () => {
    await data.goto();
    const exported = await data.exportWorkspace();
    await data.startOver();
    await data.importFile(exported, 'replace');
    await page.goto(planUrl);
    await expect(page.getByRole('checkbox', { name: 'Shadow the buddy through a routine change to the system' })).toBeChecked();
    await page.goto('/learn/systems/');
    await expect(page.getByRole('row', { name: /^plugins\/adr\b/ }).first()).toContainText('Priya Raman');
  });
});

test('a CODEOWNERS line GitHub would reject is named by its line, and nothing is imported', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/learn/systems/');
  await page.getByRole('button', { name: 'Import from Backstage or CODEOWNERS' }).click();
  await page.getByLabel('Catalog or CODEOWNERS file').setInputFiles({ name: 'CODEOWNERS', mimeType: 'text/plain', buffer: Buffer.from('* @org/platform\n!docs/ @mei\n/api/ not-an-owner\n') });
  const alert = page.getByRole('region', { name: 'Systems preview' }).getByRole('alert');
  await expect(alert).toContainText('CODEOWNERS, line 2: GitHub does not support !');
  await expect(alert).toContainText('CODEOWNERS, line 3');
  await expect(page.getByRole('region', { name: 'Systems preview' }).getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await page.getByLabel('Catalog or CODEOWNERS file').setInputFiles({ name: 'catalog-info.yaml', mimeType: 'text/yaml', buffer: Buffer.from('apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ledger\n  links: [\nspec: {}\n') });
  await expect(page.getByRole('region', { name: 'Systems preview' }).getByRole('alert')).toContainText(/line \d+/i);
  await expect(page.getByRole('table', { name: 'Systems, those known by one person or nobody first' }).getByRole('row')).toHaveCount(7);
});

test('the GitLab onboarding checklist becomes a template, and a new hire’s plan starts from it', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/learn/templates/');
  await expect(page.getByRole('region', { name: 'Turbine’s templates' })).toContainText('New hire, first 90 days');
  await page.getByRole('button', { name: 'Import a Markdown checklist' }).click();
  await page.getByLabel('Checklist (Markdown)').setInputFiles(decodeURIComponent(new URL('./data/onboarding/gitlab/Data Onboarding.md', import.meta.url).pathname));
  const preview = page.getByRole('region', { name: 'Checklist preview' });
  await expect(preview).toContainText(/^\d+ items in \d+ sections, with \d+ sub-steps\./);
  const items = preview.getByRole('region', { name: 'Items in the checklist' });
  // "Manager: …" items are the manager's, with the prefix gone from the title.
  await expect(items.getByRole('row', { name: /^\d+ Upgrade Periscope user to editor/ })).toContainText('The manager');
  await preview.getByLabel('Template name').fill('Data team onboarding');
  await preview.getByRole('button', { name: 'Keep as a template' }).click();
  await expect(page.getByText(/^Kept Data team onboarding as a template with \d+ items\.$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'My templates' })).toContainText('Data team onboarding');
  await expectNoAxeViolations(page);

  await page.goto('/learn/');
  await page.getByRole('button', { name: 'Start a plan' }).click();
  const form = page.getByRole('form', { name: 'Start a plan' });
  await form.getByLabel('For').selectOption({ label: 'Kwame Mensah' });
  const imported = await form.getByLabel('Template').locator('option', { hasText: 'Data team onboarding' }).getAttribute('value');
  await form.getByLabel('Template').selectOption(imported!);
  await form.getByLabel('Buddy').selectOption({ label: 'Jonas Becker' });
  await form.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kwame Mensah: first 90 days' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Upgrade Periscope user to editor (after they\'ve logged in via Okta)' })).not.toBeChecked();
  await expectNoAxeViolations(page);
});

test('a template travels to another manager as a file: a broken one is refused by its path, a good one kept beside theirs', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/learn/templates/');
  const mine = page.getByRole('region', { name: 'My templates' });
  const download = page.waitForEvent('download');
  await mine.getByRole('button', { name: 'Export the template Rotation into a payments system as a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^turbine-template-rotation-into-a-payments-system-\d{4}-\d{2}-\d{2}\.json$/);
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const sent = JSON.parse(readFileSync(path, 'utf8')) as { format: string; data: { template: { items: { type: string }[] } } };
  expect(sent.format).toBe('turbine-onboarding-template');

  // A file edited by hand with an item of a type Turbine does not know: refused, naming the item.
  sent.data.template.items[1]!.type = 'lecture';
  const broken = testInfo.outputPath('broken-template.json');
  writeFileSync(broken, JSON.stringify(sent));
  await page.getByRole('button', { name: 'Import a template file' }).click();
  await page.getByLabel('Template file (JSON)').setInputFiles(broken);
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('broken-template.json is not an onboarding template Turbine can import: some values are not what Turbine expects.');
  await expect(refusal.getByRole('list', { name: 'Problems found' })).toContainText('$.data.template.items[1].type');
  await expect(refusal).toContainText('Your templates are unchanged.');
  await expect(mine.getByRole('heading', { level: 3 })).toHaveText(['Rotation into a payments system']);

  // The file as it was sent: kept as a new template, under a name of its own.
  await page.getByLabel('Template file (JSON)').setInputFiles(path);
  const preview = page.getByRole('region', { name: 'Template preview' });
  await expect(preview.getByRole('heading', { level: 3, name: 'Rotation into a payments system' })).toBeVisible();
  await preview.getByRole('button', { name: 'Keep as a template' }).click();
  await expect(page.getByText('Kept Rotation into a payments system (2) as a template with 6 items (you already have one called Rotation into a payments system).')).toBeVisible();
  await expect(mine.getByRole('heading', { level: 3 })).toHaveText(['Rotation into a payments system', 'Rotation into a payments system (2)']);
  await expectNoAxeViolations(page);
});

test('Home says what Learn needs today: a system one person knows gets a rotation, its first week, then its overdue items', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/');
  const learning = page.getByRole('region', { name: 'Learning this week' });
  const atRisk = learning.getByRole('region', { name: 'Systems one person knows (or nobody), with no plan' });
  await expect(atRisk).toContainText('Refunds service: only Amara Okafor knows it.');
  await expectNoAxeViolations(page);

  await atRisk.getByRole('link', { name: 'Plan a rotation into Refunds service' }).click();
  const form = page.getByRole('form', { name: 'Start a plan' });
  await expect(form.getByLabel('Kind')).toHaveValue('rotation');
  await expect(form.getByLabel('Into the system')).toHaveValue(/.+/);
  await expect(form.getByLabel('Into the system').locator('option:checked')).toHaveText('Refunds service');
  await expect(form.getByLabel('Buddy').locator('option:checked')).toHaveText('Amara Okafor');
  await form.getByLabel('For').selectOption({ label: 'Sofia Rossi' });
  await form.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sofia Rossi: rotation into Refunds service' })).toBeVisible();

  // Home: the system has a plan now, and the plan's first week shows its five things.
  await page.goto('/');
  await expect(atRisk).not.toContainText('Refunds service');
  const weekOne = learning.getByRole('region', { name: 'Sofia Rossi: rotation into Refunds service' });
  await expect(weekOne).toContainText('the five things that matter in its first week');
  await expect(weekOne.getByRole('listitem')).toHaveCount(5);
  await expect(weekOne).toContainText('The buddy: Amara Okafor is the buddy');

  // Three weeks on, nothing ticked: the first week is over and its items are overdue, each linking to the plan.
  const now = await page.evaluate(() => Date.now());
  await page.clock.setSystemTime(now + 21 * 24 * 3600 * 1000);
  await page.reload();
  const overdue = learning.getByRole('region', { name: 'Overdue onboarding items' });
  await expect(overdue.getByRole('listitem').first()).toContainText('Sofia Rossi, due');
  await expect(weekOne).toHaveCount(0);
  await overdue.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sofia Rossi: rotation into Refunds service' })).toBeVisible();
});

test('accepting a suggested pair puts a pairing item in the learner’s plan, and the suggestion goes', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/learn/');
  const pairs = page.getByRole('region', { name: 'Suggested pairs' });
  await expect(pairs).toContainText('Tomás Herrera: level 3; mentors nobody yet; carries no capability alone; one of 2 strong here');
  await pairs.getByRole('button', { name: 'Accept Kwame Mensah with Tomás Herrera on Postgres data modelling' }).click();
  // Monday 23 November: a week on is Monday 30 November.
  await expect(page.getByText('Added “Pair with Tomás Herrera on Postgres data modelling” to Kwame: first 90 days, due 30 Nov 2026.')).toBeVisible();
  await expect(pairs.getByRole('button', { name: 'Accept Kwame Mensah with Tomás Herrera on Postgres data modelling' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Kwame: first 90 days' }).click();
  await expect(page.getByRole('checkbox', { name: 'Pair with Tomás Herrera on Postgres data modelling' })).not.toBeChecked();
  await expectNoAxeViolations(page);
});

test('a pasted git history says who knows each system’s code, and a log in the wrong format is refused by its line', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/learn/systems/');
  await page.getByRole('button', { name: 'Import from Backstage or CODEOWNERS' }).click();
  await page.getByLabel('Catalog or CODEOWNERS file').setInputFiles(`${SURFACE}CODEOWNERS`);
  await page.getByRole('region', { name: 'Systems preview' }).getByRole('button', { name: /^Import \d+ systems$/ }).click();
  await expect(page.getByText(/^Imported CODEOWNERS/)).toBeVisible();

  await page.getByRole('button', { name: 'Who knows the code: paste git history' }).click();
  const history = page.getByLabel('Git history');
  await history.fill('commit 0a1b2c3d\nAuthor: Amara <amara.okafor@example.com>\nDate:   Mon Nov 23 09:00:00 2026\n');
  await page.getByRole('button', { name: 'Analyse the history' }).click();
  await expect(page.getByRole('alert')).toContainText('Line 1');
  await expect(page.getByRole('alert')).toContainText('Nothing was kept.');

  // Newest commit first, as git prints it: Amara wrote the ADR plugin; Tomás touched one file since.
  await history.fill(
    [
      '@tomas.herrera@example.com', '', 'M\tplugins/adr/src/index.ts', '',
      '@amara.okafor@example.com', '', 'A\tplugins/adr/src/index.ts', 'A\tplugins/adr/src/plugin.ts', 'A\tplugins/adr/README.md', '',
    ].join('\n'),
  );
  await page.getByLabel('CODEOWNERS file that maps paths to systems').setInputFiles(`${SURFACE}CODEOWNERS`);
  await page.getByRole('button', { name: 'Analyse the history' }).click();
  const preview = page.getByRole('region', { name: 'History preview' });
  await expect(preview).toContainText('2 commits by 2 authors over 3 current files');
  await expect(preview.getByRole('row', { name: /^plugins\/adr/ })).toContainText('Amara Okafor');
  await preview.getByRole('button', { name: 'Keep on the map (1 system)' }).click();
  await expect(page.getByText('Kept the code history of 1 system on the map.')).toBeVisible();
  const row = page.getByRole('row', { name: /^plugins\/adr\b/ }).first();
  // Tomás's one change makes him an author of that file by the paper's rule (normalised DOA 0.83), and a third of the files is enough to count.
  await expect(row).toContainText('Amara Okafor (code history)');
  await expect(row).toContainText('Tomás Herrera (code history)');
  await expect(row).toContainText('2 people know it');

  // A system with no paths (a service of its own repository, as a Backstage component is) takes the whole history.
  await page.getByRole('button', { name: 'Who knows the code: paste git history' }).click();
  await history.fill(['@amara.okafor@example.com', '', 'A\tsrc/ledger.ts', 'A\tsrc/entries.ts', ''].join('\n'));
  await page.getByRole('button', { name: 'Analyse the history' }).click();
  await expect(preview.getByRole('status')).toContainText('No system on the map matches the history’s paths');
  await preview.getByLabel('Keep the whole repository as one system').selectOption({ label: 'Double-entry ledger' });
  await expect(preview.getByRole('row', { name: /^Double-entry ledger/ })).toContainText('Amara Okafor');
  await expectNoAxeViolations(page);
  await preview.getByRole('button', { name: 'Keep on the map (1 system)' }).click();
  await expect(page.getByText('Kept the code history of 1 system on the map.')).toBeVisible();
  await expect(page.getByRole('row', { name: /^Double-entry ledger\b/ }).first()).toContainText('Amara Okafor (matrix and code history)');
});

test('the learning margin shows planned and done learning time against a target the manager sets', async ({ page }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  await page.goto('/learn/');
  const margin = page.getByRole('region', { name: 'Learning margin, 2026-Q4' });
  await expect(margin).toContainText('against a target of 15 %');
  const table = margin.getByRole('table', { name: 'Learning time in 2026-Q4, per person' });
  await expect(table.getByRole('row', { name: /^Kwame Mensah/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^The team/ })).toBeVisible();
  await expect(margin.getByRole('img', { name: /Learning time planned and done per person in 2026-Q4/ })).toBeVisible();
  await margin.getByLabel('Target (% of the team’s time)').fill('20');
  await margin.getByRole('button', { name: 'Save the target' }).click();
  await expect(page.getByText('The learning margin target is 20 % of the team’s time.')).toBeVisible();
  await expect(margin).toContainText('against a target of 20 %');
  await expectNoAxeViolations(page);
});
