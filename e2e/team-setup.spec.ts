/**
 * Getting a real team in fast (issues 8 and 11): a manager with eight people and the Monzo backend
 * framework goes from an empty workspace to their gaps, the bus factor, a drafted opening and a
 * generated 90-day plan,
 * and every action they take is counted: each click, fill, selectOption, setInputFiles and
 * key press goes through `user` below. The target is 60 actions at most (it took 123 before
 * bulk add and the ratings import).
 */
import type { Locator, Page, TestInfo } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

const MONZO = new URL('./data/frameworks/monzo/backend.md', import.meta.url).pathname;
const RATINGS = new URL('./data/team-setup/ratings.csv', import.meta.url).pathname;
const MAX_ACTIONS = 60;

/** Copied from a spreadsheet: tab-separated, with its header row. */
const TEAM = [
  ['Name', 'Role', 'Level', 'Start date'],
  ['Ada Okafor', 'Staff engineer', 'L6', '2021-04-12'],
  ['Ben Carter', 'Senior engineer', 'L5', '2022-09-05'],
  ['Chloé Martin', 'Senior engineer', 'L5', '2023-01-16'],
  ['Dev Patel', 'Engineer', 'L4', '2023-06-01'],
  ['Eva Novak', 'Engineer', 'L4', '2024-02-19'],
  ['Femi Adeyemi', 'Engineer', 'L3', '2024-09-09'],
  ['Grace Liu', 'Engineer', 'L3', '2025-03-03'],
  ['Hugo Silva', 'Associate engineer', 'L2', '2025-10-20'],
]
  .map((row) => row.join('\t'))
  .join('\n');

/** Every user action goes through here, so the journey can say how many it took. */
function counted(page: Page) {
  let count = 0;
  const log: string[] = [];
  const note = (what: string) => {
    count++;
    log.push(`${count}. ${what}`);
  };
  return {
    get count() {
      return count;
    },
    log,
    async goto(url: string) {
      note(`open ${url}`);
      await page.goto(url);
    },
    async click(target: Locator) {
      note(`click ${String(target)}`);
      await target.click();
    },
    async fill(target: Locator, value: string) {
      note(`fill ${String(target)}`);
      await target.fill(value);
    },
    async selectOption(target: Locator, value: string | { label: string }) {
      note(`select in ${String(target)}`);
      await target.selectOption(value);
    },
    async setInputFiles(target: Locator, path: string) {
      note(`choose a file in ${String(target)}`);
      await target.setInputFiles(path);
    },
    async press(key: string) {
      note(`press ${key}`);
      await page.keyboard.press(key);
    },
  };
}

async function shot(page: Page, testInfo: TestInfo, target: Locator, name: string) {
  await target.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

test('a manager with eight people and the Monzo file sees gaps, the bus factor, a drafted opening and a 90-day plan in 60 actions or fewer', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const user = counted(page);
  const design = page.getByRole('navigation', { name: 'Design pages' });

  await test.step('start from an empty workspace on Home, with my own team', async () => {
    await user.goto('/');
    const start = page.getByRole('region', { name: 'Start here' });
    await expect(start.getByRole('button', { name: 'Try it with a sample team' })).toBeVisible();
    await expectNoAxeViolations(page);
    await user.click(start.getByRole('link', { name: 'Start with my own team' }));
    await expect(page).toHaveURL(/\/design\/people\/$/);
  });

  await test.step('paste the team from a spreadsheet: preview, then add all eight at once', async () => {
    await user.click(page.getByRole('button', { name: 'Add several people' }));
    const list = page.getByLabel('People, one a line');
    await expect(list).toBeFocused();
    await user.fill(list, TEAM);
    const preview = page.getByRole('table', { name: /^8 people to add/ });
    await expect(preview).toBeVisible();
    await expect(preview.getByRole('row', { name: /Chloé Martin Senior engineer L5/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, testInfo, page.getByRole('form', { name: 'Add several people' }), 'bulk-add-preview');
    await user.click(page.getByRole('button', { name: 'Add 8 people' }));
    await expect(page.getByRole('status').filter({ hasText: 'Added 8 people: Ada Okafor, Ben Carter' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'On the team (8)' })).toBeVisible();
  });

  await test.step('import the Monzo backend framework', async () => {
    await user.click(design.getByRole('link', { name: 'Capabilities' }));
    await user.setInputFiles(page.getByLabel('Framework file'), MONZO);
    const preview = page.getByRole('region', { name: 'Framework preview' });
    await user.click(preview.getByRole('button', { name: 'Add to my library' }));
    await expect(page.getByRole('status').filter({ hasText: 'Imported backend.md: 5 capabilities added' })).toBeVisible();
  });

  await test.step('import the ratings: a preview names who matches nobody, self rows stay self', async () => {
    await user.click(design.getByRole('link', { name: 'Matrix' }));
    await user.click(page.getByRole('button', { name: 'Import ratings from CSV' }));
    const file = page.getByLabel('Ratings file (CSV)');
    await expect(file).toBeFocused();
    await user.setInputFiles(file, RATINGS);
    const preview = page.getByRole('region', { name: 'Ratings preview' });
    await expect(preview).toContainText('ratings.csv: 42 ratings matched (42 new, 0 changed, 0 already so; 2 of them self-assessments)');
    await expect(preview.getByRole('listitem')).toHaveText(['Not on the team: Tom Former (line 44)']);
    await expect(preview.getByRole('row', { name: /Dev Patel Impact 4 yes Self-assessment New/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, testInfo, page.getByRole('region', { name: 'Import ratings' }), 'ratings-import-preview');
    await user.click(preview.getByRole('button', { name: 'Record 42 ratings, leave out 1 unmatched row' }));
    await expect(page.getByRole('status').filter({ hasText: 'Recorded 42 ratings from ratings.csv.' })).toBeVisible();
    // The matrix shows what was recorded: the manager's view, not Dev's own rating of Impact.
    const grid = page.getByRole('grid');
    await expect(grid.getByRole('gridcell', { name: /^Ada Okafor, Impact: level 5/ })).toBeVisible();
    await expect(grid.getByRole('gridcell', { name: /^Dev Patel, Impact: level 2/ })).toBeVisible();
  });

  await test.step('see the gaps and the bus factor', async () => {
    await user.click(design.getByRole('link', { name: 'Insights' }));
    const gaps = page.getByRole('region', { name: 'Gaps, most severe first' });
    await expect(gaps.getByRole('rowheader')).toHaveText(['Influence', 'Leadership', 'Impact']);
    // Ben rates himself 5 in Influence and Dev 4 in Impact: self-assessments do not fill a gap.
    await expect(page.getByRole('region', { name: 'Single points of failure' })).toContainText('Impact: only Ada Okafor');
    const bus = page.getByRole('region', { name: 'Bus factor and coverage' });
    await expect(bus.getByRole('rowheader').first()).toHaveText('Impact');
  });

  await test.step('draft an opening for the gap on Hire', async () => {
    await user.click(page.getByRole('region', { name: 'Act on this' }).getByRole('link', { name: 'Draft an opening for Impact' }));
    await expect(page).toHaveURL(/\/hire\/\?draft=/);
    await expect(page.getByRole('status').filter({ hasText: 'Drafting an opening from the gap in Impact.' })).toBeVisible();
    await user.fill(page.getByLabel('Title'), 'Senior backend engineer, impact');
    await user.click(page.getByRole('button', { name: 'Save opening' }));
    await expect(page.getByText('Senior backend engineer, impact').first()).toBeVisible();
  });

  await test.step('generate the 90-day plan: a 1:1 with each of the eight, and the matrix already ticked', async () => {
    await user.click(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: '90 days' }));
    await user.click(page.getByRole('button', { name: 'Make my 90-day plan' }));
    await expect(page.getByText('Week 1 of 13: started on 23 Nov 2026, ends on 21 Feb 2027')).toBeVisible();
    const thisWeek = page.getByRole('region', { name: 'This week (week 1)' });
    await expect(thisWeek.getByRole('checkbox', { name: /^Getting-to-know-you 1:1 with / })).toHaveCount(8);
    // Every one of the eight has the manager's level in all five capabilities: the ratings import ticked it.
    await expect(page.getByRole('checkbox', { name: 'Rate the capability matrix, with a target for every capability' })).toBeChecked();
    await expectNoAxeViolations(page);
  });

  console.log(`team-setup journey: ${user.count} user actions (target ≤ ${MAX_ACTIONS})\n  ${user.log.join('\n  ')}`);
  testInfo.annotations.push({ type: 'actions', description: String(user.count) });
  expect(user.count).toBeLessThanOrEqual(MAX_ACTIONS);
});

test('adding one person keeps the form open, empty, with the keyboard on Name', async ({ page }) => {
  await page.goto('/design/people/');
  await page.getByRole('button', { name: 'Add a person' }).click();
  const name = page.getByLabel('Name');
  await expect(name).toBeFocused();
  await name.fill('Ada Okafor');
  await page.getByLabel('Role').fill('Staff engineer');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved Ada Okafor.' })).toBeVisible();
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('');
  await expect(page.getByLabel('Role')).toHaveValue('');
  // The next one by keyboard alone.
  await page.keyboard.type('Ben Carter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved Ben Carter.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'On the team (2)' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('form', { name: 'Add a person' })).toBeHidden();
});

test('a pasted list with a bad line adds nobody and says which line and why', async ({ page }) => {
  await page.goto('/design/people/');
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name').fill('Ada Okafor');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved Ada Okafor.' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Add several people' }).click();
  await page.getByLabel('People, one a line').fill('Ada Okafor,Staff engineer,L6,2021-04-12\nBen Carter,Engineer,L5,05/09/2022\nChloé Martin,Engineer,L5,2023-01-16\n');
  const form = page.getByRole('form', { name: 'Add several people' });
  await expect(form.getByRole('alert')).toContainText('Line 2: Ben Carter: start date “05/09/2022” is not a day; write it as YYYY-MM-DD, e.g. 2025-03-17.');
  await expect(form.getByRole('status').filter({ hasText: 'Already on the team, left out: Ada Okafor (line 1).' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add 1 person' })).toBeDisabled();
  await expectNoAxeViolations(page);

  // An HR export as a CSV file, with its own header and columns: it replaces the pasted text.
  await page.getByLabel('Or read a CSV file').setInputFiles({
    name: 'hr-export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Employee name,Email,Job title,Grade,Hire date\r\nAda Okafor,ada@example.com,Staff engineer,L6,2021-04-12\r\nBen Carter,ben@example.com,Engineer,L5,2022-09-05\r\n"Martin, Chloé",chloe@example.com,Engineer,L5,2023-01-16\r\n'),
  });
  await expect(form.getByRole('alert')).toBeHidden();
  await expect(page.getByRole('table', { name: /^2 people to add \(the first line was read as the column names\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add 2 people' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 2 people: Ben Carter, Martin, Chloé.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'On the team (3)' })).toBeVisible();
});

test('loading the sample team into a workspace with my own data asks first', async ({ page }) => {
  await page.goto('/design/people/');
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name').fill('Ada Okafor');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved Ada Okafor.' })).toBeVisible();

  await page.goto('/data/');
  const panel = page.getByRole('region', { name: 'Sample team' });
  await panel.getByRole('button', { name: 'Try it with a sample team' }).click();
  const question = panel.getByRole('alert');
  await expect(question).toContainText('Your workspace already holds your own data.');
  // The safe answer has the focus: Enter keeps the workspace as it is.
  await expect(panel.getByRole('button', { name: 'Keep my workspace as it is' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Try it with a sample team' })).toBeFocused();

  await panel.getByRole('button', { name: 'Try it with a sample team' }).click();
  await panel.getByRole('button', { name: 'Load the sample team beside my data' }).click();
  await expect(panel.getByRole('button', { name: 'Remove sample data' })).toBeVisible();
  await page.goto('/design/people/');
  await expect(page.getByRole('rowheader', { name: 'Ada Okafor' })).toBeVisible();
});
