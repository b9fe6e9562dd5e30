/**
 * The Design phase as a new manager walks it: charter, people, a published framework,
 * rating the matrix by keyboard alone, corrections that do not pile up as history, a
 * click then typing, self-assessments kept apart from the manager's view and compared
 * with it, the gap and the single point of failure it reveals (still there whatever the
 * self-assessment says), the gap's next step, a decision and a 1:1; then export → start
 * over → import gives it all back, self-assessments included.
 */
import { test, expect, expectNoAxeViolations } from './fixtures';
import { writeFileSync } from 'node:fs';
import { DataPage } from './pages/data-page';
import { monzoFramework } from '../scripts/bench/design';
import { DecisionsPage, OneOnOnesPage } from './pages/conversations';

const MONZO = new URL('./data/frameworks/monzo/backend.md', import.meta.url).pathname;
const FT = new URL('./data/frameworks/ft/operations.yml', import.meta.url).pathname;
const SUBLEVELS = new URL('./data/frameworks/shapes/sublevels.md', import.meta.url).pathname;
const PEOPLE = ['Ines Duarte', 'Kofi Mensah', 'Lena Vogel', 'Ravi Iyer', 'Sara Lind'];

test('a new manager designs the team: charter, people, framework, matrix by keyboard, insights, a decision, a 1:1, and it all survives export and import', async ({ page }, testInfo) => {
  // A whole journey of some forty steps: give it room on a busy 2-core machine.
  test.setTimeout(120_000);
  await test.step('write the charter', async () => {
    await page.goto('/design/charter/');
    await page.getByLabel('Team name').fill('Payments Core');
    await page.getByLabel('Mission').fill('Move our customers’ money safely, quickly and visibly.');
    await page.getByLabel('Value to the company and partners').fill('Every product that takes a payment runs on us.');
    await page.getByLabel('Vision or slogan').fill('Money that just works');
    for (const [i, name] of ['Ledger', 'Card processing', 'Payouts'].entries()) {
      await page.getByRole('button', { name: 'Add a system' }).click();
      await page.getByLabel(`System ${i + 1}`, { exact: true }).fill(name);
    }
    await page.getByLabel('Kind of system 1').selectOption('Data');
    await page.getByLabel('Partner team 1', { exact: true }).fill('Risk');
    await page.getByLabel('Lead of partner team 1').fill('Hana Ito');
    await page.getByRole('button', { name: 'Save charter' }).click();
    const charter = page.getByRole('article');
    await expect(charter.getByRole('heading', { name: 'Payments Core' })).toBeVisible();
    await expect(charter.getByText('“Money that just works”')).toBeVisible();
    await expect(charter.getByRole('listitem')).toHaveText(['Card processing (service)', 'Ledger (data)', 'Payouts (service)']);
    await expect(charter.getByRole('row', { name: 'Risk Hana Ito' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('add five people', async () => {
    await page.getByRole('navigation', { name: 'Design pages' }).getByRole('link', { name: 'People' }).click();
    // The form stays open after each person, with the keyboard on Name for the next.
    await page.getByRole('button', { name: 'Add a person' }).click();
    for (const [i, name] of PEOPLE.entries()) {
      await expect(page.getByLabel('Name')).toBeFocused();
      await page.getByLabel('Name').fill(name);
      await page.getByLabel('Role').fill(i === 0 ? 'Staff engineer' : 'Software engineer');
      await page.getByLabel('Start date').fill(`2025-0${i + 1}-15`);
      await page.getByRole('button', { name: 'Add person' }).click();
      await expect(page.getByRole('status').filter({ hasText: `Saved ${name}.` })).toBeVisible();
    }
    await expect(page.getByRole('heading', { name: 'On the team (5)' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('import the Monzo backend framework, after a preview', async () => {
    await page.getByRole('navigation', { name: 'Design pages' }).getByRole('link', { name: 'Capabilities' }).click();
    await page.getByLabel('Framework file').setInputFiles(MONZO);
    const preview = page.getByRole('region', { name: 'Framework preview' });
    await expect(preview.getByRole('heading', { name: 'Backend Engineering Framework' })).toBeVisible();
    await expect(preview).toContainText('backend.md holds 1 area, 5 capabilities, 6 levels');
    await expect(preview.getByRole('row', { name: /^Capabilities/ }).getByRole('cell')).toHaveText(['5', '0', '0']);
    await expectNoAxeViolations(page);
    await preview.getByRole('button', { name: 'Add to my library' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported backend.md: 5 capabilities added' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Mastery' })).toBeVisible();

    // The same file again adds nothing.
    await page.getByLabel('Framework file').setInputFiles(MONZO);
    await expect(page.getByText('Everything in this file is already in your library.')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('rate the matrix by keyboard only', async () => {
    await page.getByRole('navigation', { name: 'Design pages' }).getByRole('link', { name: 'Matrix' }).click();
    const grid = page.getByRole('grid', { name: 'Capability matrix' });
    await expect(grid).toBeVisible();
    await page.getByRole('button', { name: 'Export matrix as CSV' }).focus();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('aria-label', 'Ines Duarte, Communication: not rated');

    // Monzo's scale is 1–6: 0 is refused and said so.
    await page.keyboard.press('0');
    await expect(page.getByRole('status').filter({ hasText: 'Communication has no level 0' })).toBeAttached();
    await page.keyboard.press('5');
    await expect(focused).toHaveAttribute('aria-label', 'Ines Duarte, Communication: level 5');
    await page.keyboard.press('ArrowRight'); // Impact
    await page.keyboard.press('4');
    await page.keyboard.press('ArrowRight'); // Influence
    await page.keyboard.press('g');
    await expect(focused).toHaveAttribute('aria-label', 'Ines Duarte, Influence: not rated, wants to grow here');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight'); // Mastery
    await page.keyboard.press('5');
    await page.keyboard.press('ArrowDown'); // Kofi, Mastery
    await page.keyboard.press('3');
    await page.keyboard.press('g');
    await expect(focused).toHaveAttribute('aria-label', 'Kofi Mensah, Mastery: level 3, wants to grow here');
    await page.keyboard.press('Home'); // Kofi, Communication
    await page.keyboard.press('4');
    // A slip corrected at once (2, 3, 2) is one entry, not three.
    await page.keyboard.press('ArrowRight'); // Kofi, Impact
    await page.keyboard.press('2');
    await page.keyboard.press('3');
    await page.keyboard.press('2');
    await expect(focused).toHaveAttribute('aria-label', 'Kofi Mensah, Impact: level 2');
    await page.keyboard.press('ArrowRight'); // Kofi, Influence
    await page.keyboard.press('3');
    await page.keyboard.press('Delete');
    await expect(focused).toHaveAttribute('aria-label', 'Kofi Mensah, Influence: not rated');

    // A criterion's examples stay under it (Monzo's exampleCriteria), as a list inside it.
    await page.keyboard.press('ArrowLeft'); // Kofi, Impact
    await page.keyboard.press('ArrowDown'); // Lena, Impact
    await page.keyboard.press('ArrowLeft'); // Lena, Communication
    await page.keyboard.press('Enter');
    const communication = page.getByRole('dialog', { name: 'Lena Vogel · Communication' });
    const prDescriptions = communication.getByRole('listitem').filter({ hasText: /^Writes PR descriptions that provide context and provide rationale for significant decisions/ });
    await expect(prDescriptions.getByRole('list').getByRole('listitem')).toHaveText(['I decided to X instead of Y here, I also considered Z but for these reasons I went with X']);
    await communication.getByRole('button', { name: 'Cancel' }).click();
    await expect(communication).toBeHidden();
    await expect(focused).toHaveAttribute('aria-label', 'Lena Vogel, Communication: not rated');

    // Enter opens the descriptors to choose from; the chosen level is saved.
    await page.keyboard.press('ArrowRight'); // Lena, Impact
    await page.keyboard.press('Enter');
    const chooser = page.getByRole('dialog', { name: 'Lena Vogel · Impact' });
    await expect(chooser.getByText('Delivers assigned tasks that meet expected criteria')).toBeVisible();
    await page.keyboard.press('2');
    await expect(chooser.getByRole('radio', { name: '2' })).toBeChecked();
    await expect(chooser.getByRole('radio', { name: '2' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chooser).toBeHidden();
    await expect(focused).toHaveAttribute('aria-label', 'Lena Vogel, Impact: level 2');

    // H shows the person's history, newest first, with its source: real changes only.
    await page.keyboard.press('ArrowUp'); // Kofi, Impact
    // The next key acts on the cell with the focus: wait for it to be Kofi's (a busy machine can lag).
    await expect(focused).toHaveAttribute('aria-label', /^Kofi Mensah, Impact/);
    await page.keyboard.press('h');
    const history = page.getByRole('region', { name: 'History of Kofi Mensah' });
    await expect(history.getByRole('row')).toHaveCount(4); // header + Impact, Communication, Mastery
    await expect(history.getByRole('row').nth(1)).toContainText('Impact');
    await expect(history.getByRole('row').nth(1)).toContainText('2');
    await expect(history.getByRole('row').nth(1)).toContainText('Manager');
    await expectNoAxeViolations(page);

    // Stored, not just shown: a reload brings the same cells.
    await page.reload();
    await expect(page.getByRole('gridcell', { name: 'Ines Duarte, Mastery: level 5' })).toBeVisible();
  });

  await test.step('a click selects a cell and typing rates it; self-assessments stay apart and are compared', async () => {
    const grid = page.getByRole('grid', { name: 'Capability matrix' });
    // A click selects and focuses: the digit typed next sets the level, no dialog in the way.
    await grid.getByRole('gridcell', { name: 'Sara Lind, Communication: not rated' }).click();
    await page.keyboard.press('3');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(grid.getByRole('gridcell', { name: 'Sara Lind, Communication: level 3' })).toBeFocused();

    // Kofi rates himself 5 in Mastery where the manager said 3, and 3 in Impact where the manager said 2.
    await page.getByLabel('Showing and recording').selectOption({ label: 'Their self-assessment' });
    await grid.getByRole('gridcell', { name: 'Kofi Mensah, Mastery: not self-assessed' }).click();
    await page.keyboard.press('5');
    await expect(grid.getByRole('gridcell', { name: 'Kofi Mensah, Mastery: self-assessed level 5' })).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight'); // Kofi, Impact
    await page.keyboard.press('3');
    await expect(grid.getByRole('gridcell', { name: 'Kofi Mensah, Impact: self-assessed level 3' })).toBeVisible();

    // Back in the manager's view nothing moved.
    await page.getByLabel('Showing and recording').selectOption({ label: 'My view as manager' });
    await expect(grid.getByRole('gridcell', { name: 'Kofi Mensah, Mastery: level 3, wants to grow here' })).toBeVisible();
    await expect(grid.getByRole('gridcell', { name: 'Kofi Mensah, Impact: level 2' })).toBeVisible();

    // Compare: each difference is marked, two levels or more flagged.
    await page.getByLabel('Compare with self-assessment').check();
    await expect(
      grid.getByRole('gridcell', { name: 'Kofi Mensah, Mastery: level 3, wants to grow here; self-assessment level 5, 2 levels higher: worth a conversation' }),
    ).toBeVisible();
    await expect(grid.getByRole('gridcell', { name: 'Kofi Mensah, Impact: level 2; self-assessment level 3, 1 level higher' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Level colours' })).toContainText('Strong from 4');
    await expectNoAxeViolations(page);

    // A double-click opens the chooser for the cell; Escape leaves it as it was.
    await grid.getByRole('gridcell', { name: /^Lena Vogel, Impact: level 2/ }).dblclick();
    const chooser = page.getByRole('dialog', { name: 'Lena Vogel · Impact' });
    await expect(chooser).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(chooser).toBeHidden();
  });

  await test.step('see the gap and the single point of failure, and follow the gap', async () => {
    await page.getByRole('navigation', { name: 'Design pages' }).getByRole('link', { name: 'Insights' }).click();
    const gaps = page.getByRole('region', { name: 'Gaps, most severe first' });
    await expect(gaps.getByRole('rowheader')).toHaveText(['Leadership', 'Influence', 'Impact', 'Mastery']); // ties: fewer who want to grow is worse
    await expect(page.getByRole('region', { name: 'Single points of failure' })).toContainText('Impact: only Ines Duarte');
    await expect(page.getByRole('region', { name: 'Only expert in two or more' })).toContainText('Ines Duarte (2): Impact, Mastery');
    const byArea = page.getByRole('region', { name: 'The team by area' });
    await expect(byArea.getByText('A radar needs three areas or more')).toBeVisible();
    await expect(byArea.getByRole('row', { name: /^Backend Engineering Framework/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const act = page.getByRole('region', { name: 'Act on this' });
    await expect(act).toContainText('Nobody is at level 4 or above in Influence; the target is 2.');
    await act.getByRole('link', { name: 'Plan growth for Kofi Mensah in Mastery with Ines Duarte' }).waitFor();
    await expect(act).toContainText('Ines Duarte: level 5; the only strong person in 2 capabilities; mentors nobody yet');

    // Bus factor in plain sight: every capability, single points of failure first, sortable.
    const bus = page.getByRole('region', { name: 'Bus factor and coverage' });
    await expect(bus.getByRole('rowheader')).toHaveText(['Impact', 'Mastery', 'Influence', 'Leadership', 'Communication']);
    await bus.getByRole('button', { name: 'Capability' }).click();
    await expect(bus.getByRole('rowheader')).toHaveText(['Communication', 'Impact', 'Influence', 'Leadership', 'Mastery']);
    await expect(bus.getByRole('columnheader', { name: 'Capability' })).toHaveAttribute('aria-sort', 'ascending');
    await act.getByRole('link', { name: 'Draft an opening for Impact' }).click();
    await expect(page).toHaveURL(/\/hire\/\?draft=/);
    await expect(page.getByRole('status').filter({ hasText: 'Drafting an opening from the gap in Impact.' })).toBeVisible();
  });

  await test.step('record the decision the gap calls for', async () => {
    const decisions = new DecisionsPage(page);
    await decisions.goto();
    await decisions.recordInThreeSentences({
      title: 'Hire for impact before growing mastery',
      decided: 'We open one role that brings impact and leadership; Kofi grows into mastery with Ines.',
      why: 'Only Ines carries impact and mastery today: one absence stalls both.',
      by: 'Engineering manager',
    });
    await expect(decisions.record('Hire for impact before growing mastery')).toBeVisible();
  });

  await test.step('log a 1:1 with an action item', async () => {
    const oneOnOnes = new OneOnOnesPage(page);
    await oneOnOnes.goto();
    await page.getByLabel('Person').selectOption({ label: 'Kofi Mensah' });
    await expect(page.getByRole('heading', { name: '1:1s with Kofi Mensah', level: 2 })).toBeVisible();
    const form = oneOnOnes.newForm;
    await form.getByLabel('Notes').fill('Wants to grow in mastery; Ines agreed to pair on the ledger rewrite.');
    await oneOnOnes.fillActionItem(form, 1, 'Book weekly pairing with Ines', 'Kofi Mensah');
    await form.getByRole('button', { name: 'Save 1:1' }).click();
    await expect(oneOnOnes.entry(/^23 Nov 2026/).getByRole('checkbox', { name: 'Book weekly pairing with Ines' })).not.toBeChecked();
  });

  await test.step('export, start over, import: everything is back', async () => {
    const dataPage = new DataPage(page, testInfo);
    await dataPage.goto();
    const exported = await dataPage.exportWorkspace();
    await dataPage.startOver();
    await page.goto('/design/');
    await expect(page.getByText('No charter yet')).toBeVisible();

    await dataPage.goto();
    await dataPage.importFile(exported, 'replace');
    await page.goto('/design/charter/');
    await expect(page.getByRole('article').getByRole('heading', { name: 'Payments Core' })).toBeVisible();
    await page.goto('/design/people/');
    await expect(page.getByRole('heading', { name: 'On the team (5)' })).toBeVisible();
    await page.goto('/design/matrix/');
    await expect(page.getByRole('gridcell', { name: 'Kofi Mensah, Mastery: level 3, wants to grow here' })).toBeVisible();
    await expect(page.getByRole('gridcell', { name: 'Lena Vogel, Impact: level 2' })).toBeVisible();
    await page.getByLabel('Showing and recording').selectOption({ label: 'Their self-assessment' });
    await expect(page.getByRole('gridcell', { name: 'Kofi Mensah, Mastery: self-assessed level 5' })).toBeVisible();
    const decisions = new DecisionsPage(page);
    await decisions.goto();
    await expect(decisions.record('Hire for impact before growing mastery')).toContainText('Only Ines carries impact and mastery today');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('region', { name: 'Open action items' })).toContainText('Book weekly pairing with Ines');
  });
});

test('every Design page passes axe with the sample team, and the overview lists what to act on', async ({ page }, testInfo) => {
  test.slow(); // axe over every Design page with the sample team loaded
  await new DataPage(page, testInfo).goto();
  await new DataPage(page, testInfo).loadSample();
  for (const [path, landmark] of [
    ['/design/', 'Act on this'],
    ['/design/charter/', 'Payments Platform'],
    ['/design/people/', 'On the team (7)'],
    ['/design/capabilities/', 'Your capability library'],
    ['/design/insights/', 'Gaps, most severe first'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: landmark })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto('/design/matrix/');
  await expect(page.getByRole('grid', { name: 'Capability matrix' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a Monzo framework with sub-levels: kinds chosen in the preview, each sub-level with its examples in the level chooser', async ({ page }, testInfo) => {
  test.slow(); // axe over the capabilities page and the matrix with the sample team loaded
  await new DataPage(page, testInfo).goto();
  await new DataPage(page, testInfo).loadSample();
  await page.goto('/design/capabilities/');
  await page.getByLabel('Framework file').setInputFiles(SUBLEVELS);
  const preview = page.getByRole('region', { name: 'Framework preview' });
  await expect(preview.getByRole('heading', { name: 'Support Operations Framework' })).toBeVisible();
  // Turbine's guess is shown, and the manager corrects it before importing.
  const kinds = preview.getByRole('group', { name: 'Kind of each new capability' });
  await expect(kinds.getByLabel('Knowledge & Impact')).toHaveValue('non-technical');
  await expect(kinds.getByLabel('Communication')).toHaveValue('non-technical');
  await kinds.getByLabel('Knowledge & Impact').selectOption('Domain');
  await expectNoAxeViolations(page);
  await preview.getByRole('button', { name: 'Add to my library' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported sublevels.md: 2 capabilities added' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Knowledge & Impact/ }).getByRole('cell').first()).toHaveText('Domain');

  await page.goto('/design/matrix/');
  const cell = page.getByRole('gridcell', { name: /, Knowledge & Impact: not rated$/ }).first();
  await cell.dblclick(); // a double-click opens the chooser, as Enter does (a click only selects)
  const chooser = page.getByRole('dialog', { name: / · Knowledge & Impact$/ });
  const subB = chooser.getByRole('listitem').filter({ hasText: /^Criteria for sublevel B/ }).first();
  await expect(subB.getByRole('list').getByRole('listitem')).toHaveText(['Handles every core queue at the expected standard', 'Current targets are on the team wiki']);
  // An example shared by sub-levels stays under each of them.
  await expect(chooser.getByRole('listitem').filter({ hasText: /^Current targets are on the team wiki$/ })).toHaveCount(3);
  await expectNoAxeViolations(page);
  await chooser.getByRole('button', { name: 'Cancel' }).click();
  await expect(chooser).toBeHidden();
});

test('a framework of many capabilities counts the kinds Turbine guessed, and lists them one by one when asked', async ({ page }, testInfo) => {
  await page.goto('/design/capabilities/');
  // A Monzo-format file of 60 topics, written by the bench's generator: no published framework here is that large.
  const file = testInfo.outputPath('sixty-topics.md');
  writeFileSync(file, monzoFramework(60, 1));
  await page.getByLabel('Framework file').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Framework preview' });
  const kinds = preview.getByRole('group', { name: 'Kind of each new capability' });
  await expect(kinds).toContainText(/Turbine guessed each kind from the capability’s name \(\d+ (technical|non-technical|domain)/);
  await expect(kinds.getByRole('combobox')).toHaveCount(0);
  await kinds.getByRole('button', { name: 'Review the kind of each of the 60 new capabilities' }).click();
  await expect(kinds.getByRole('combobox')).toHaveCount(60);
  const topic7 = kinds.getByLabel('Bench topic 7', { exact: true });
  await topic7.focus();
  await topic7.selectOption('Domain');
  // Choosing a kind keeps the list (and the keyboard's place in it).
  await expect(topic7).toBeFocused();
  await expect(topic7).toHaveValue('domain');
  await expectNoAxeViolations(page);
  await preview.getByRole('button', { name: 'Add to my library' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported sixty-topics.md: 60 capabilities added' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Bench topic 7\b/ }).getByRole('cell').first()).toHaveText('Domain');
});

test('a broken framework file is refused with the line to fix, and the library is untouched', async ({ page }, testInfo) => {
  await page.goto('/design/capabilities/');
  await page.getByLabel('Framework file').setInputFiles(FT);
  await page.getByRole('button', { name: 'Add to my library' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported operations.yml: 4 capabilities added' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Operations (4)' })).toBeVisible();
  const before = await page.getByRole('region', { name: 'Your capability library' }).textContent();

  const broken = testInfo.outputPath('tabs.yml');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(broken, 'name: Ops\nlevels:\n\t- id: engineer\n\t  name: Engineer\n');
  await page.getByLabel('Framework file').setInputFiles(broken);
  const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was imported from tabs.yml' });
  await expect(refusal.getByRole('list', { name: 'Problems found' })).toContainText('line 3');
  await expect(refusal).toContainText('Your library is unchanged.');
  await expect(page.getByRole('region', { name: 'Your capability library' })).toHaveText(before ?? '');
  await expectNoAxeViolations(page);
});
