/**
 * Conversations journeys: getting-to-know-you 1:1s with the template questions,
 * action items followed from Home, overdue 1:1s, and decision records recorded in
 * three sentences, found again by search and printed. The clock is fixed at
 * 2026-11-23 (e2e/fixtures.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { DataPage } from './pages/data-page';
import { DecisionsPage, OneOnOnesPage } from './pages/conversations';

const data = (name: string) => new URL(`./data/${name}`, import.meta.url).pathname;

test('a new manager logs a getting-to-know-you 1:1 and follows its action item from Home', async ({ page }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.importFile(data('checkout-team.json'), 'replace');

  await test.step('Home lists who is due a 1:1 and what is still open', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const overdue = page.getByRole('region', { name: 'Overdue 1:1s' });
    await expect(overdue.getByRole('listitem')).toHaveText([
      'Kwame Mensah: never had a 1:1',
      'Maya Lindqvist: never had a 1:1',
      'Lea Fischer: 34 days overdue',
    ]);
    await expect(page.getByRole('region', { name: 'Open action items' }).getByRole('listitem')).toHaveText([
      /^Pair with Maya on a ledger change\s*Owner: Lea · from the 1:1 with Lea Fischer on 6 Oct 2026$/,
    ]);
    await overdue.getByRole('link', { name: 'Maya Lindqvist' }).click();
  });

  const oneOnOnes = new OneOnOnesPage(page);
  await test.step('log a getting-to-know-you 1:1 with the template questions', async () => {
    await expect(page).toHaveURL(/\/design\/one-on-ones\/\?person=0000000a-0000-4000-8000-00000000000a$/);
    await expect(page.getByRole('heading', { name: '1:1s with Maya Lindqvist', level: 2 })).toBeVisible();
    await expect(page.getByText('No 1:1s with Maya Lindqvist yet.')).toBeVisible();
    const form = oneOnOnes.newForm;
    await expect(form.getByLabel('Date')).toHaveValue('2026-11-23');
    await expect(form.getByRole('button', { name: 'Add the questions to the notes' })).toBeHidden();
    await form.getByRole('radio', { name: 'Getting to know you' }).check();
    await form.getByRole('button', { name: 'Add the questions to the notes' }).click();
    await expect(form.getByRole('status')).toHaveText('Added 13 questions to the notes.');
    const notes = form.getByLabel('Notes');
    await expect(notes).toBeFocused();
    await expect(notes).toHaveValue(/^Getting to know you\n\n1\. What are you working on right now.*\n\n2\. /);
    await expect(notes).toHaveValue(/\n13\. .+\n$/);
    await notes.press('End');
    await notes.pressSequentially('Likes written feedback.');
    await oneOnOnes.fillActionItem(form, 1, 'Share the charter draft with Maya', 'Engineering manager');
    await form.getByRole('button', { name: 'Add an action item' }).click();
    await expect(form.getByLabel('Action item 2', { exact: true })).toBeFocused();
    await oneOnOnes.fillActionItem(form, 2, 'Pick a first ledger ticket', 'Maya Lindqvist');
    await expect(form.getByLabel('Next 1:1')).toHaveValue('2026-12-07');
    await form.getByRole('button', { name: 'Save 1:1' }).click();

    const entry = oneOnOnes.entry('23 Nov 2026 · Getting to know you');
    await expect(entry).toBeVisible();
    await expect(entry).toContainText('1. What are you working on right now');
    await expect(entry).toContainText('Likes written feedback.');
    await expect(entry.getByRole('checkbox', { name: 'Share the charter draft with Maya' })).not.toBeChecked();
    await expect(entry).toContainText('Next 1:1: 7 Dec 2026');
    // The form is ready for the next one.
    await expect(form.getByLabel('Notes')).toHaveValue('');
    await expect(form.getByRole('radio', { name: 'Regular' })).toBeChecked();
    await expect(oneOnOnes.row('Maya Lindqvist')).toContainText('23 Nov 2026');
    await expect(oneOnOnes.row('Maya Lindqvist')).toContainText('7 Dec 2026 (in 14 days)');
    await expect(oneOnOnes.row('Maya Lindqvist')).toContainText('Planned');
    await expectNoAxeViolations(page);
  });

  await test.step('Home shows the new action items and Maya is no longer overdue', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('region', { name: 'Overdue 1:1s' }).getByRole('listitem')).toHaveText([
      'Kwame Mensah: never had a 1:1',
      'Lea Fischer: 34 days overdue',
    ]);
    const open = page.getByRole('region', { name: 'Open action items' });
    await expect(open.getByRole('listitem')).toHaveCount(3);
    const item = open.getByRole('listitem').filter({ hasText: 'Share the charter draft with Maya' });
    await expect(item).toContainText('Owner: Engineering manager · from the 1:1 with Maya Lindqvist on 23 Nov 2026');
    await item.getByRole('link', { name: 'Maya Lindqvist' }).click();
  });

  await test.step('tick the action item done; it stays done and leaves Home', async () => {
    const done = oneOnOnes.entry('23 Nov 2026 · Getting to know you').getByRole('checkbox', { name: 'Share the charter draft with Maya' });
    // By keyboard: the box keeps focus while the 1:1 is saved and redrawn.
    await done.focus();
    await page.keyboard.press('Space');
    await expect(done).toBeChecked();
    await expect(done).toBeFocused();
    await page.reload();
    await expect(oneOnOnes.entry('23 Nov 2026 · Getting to know you').getByRole('checkbox', { name: 'Share the charter draft with Maya' })).toBeChecked();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const open = page.getByRole('region', { name: 'Open action items' });
    await expect(open.getByRole('listitem')).toHaveText([/^Pair with Maya on a ledger change/, /^Pick a first ledger ticket/]);
  });
});

test('the 1:1 list flags overdue people, hides those who moved on, and a 1:1 can be edited', async ({ page }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.loadSample();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const overdue = page.getByRole('region', { name: 'Overdue 1:1s' });
  await expect(overdue.getByRole('listitem')).toHaveText([
    'Priya Raman: 21 days overdue',
    'Amara Okafor: 4 days overdue',
    'Sofia Rossi: none planned; the last was 59 days ago',
  ]);
  const open = page.getByRole('region', { name: 'Open action items' });
  await expect(open.getByRole('listitem')).toHaveCount(5);
  await open.getByRole('link', { name: 'and 1 more open' }).click();

  await test.step('every open action item is on the 1:1s page, and can be ticked there', async () => {
    await expect(page).toHaveURL(/\/design\/one-on-ones\/#open-items$/);
    const all = page.getByRole('region', { name: 'Open action items' });
    await expect(all.getByRole('listitem')).toHaveCount(6);
    await expect(all.getByRole('heading', { name: 'Open action items' })).toBeInViewport();
    // click, not check: a ticked item leaves this list at once, so there is no checked box to verify.
    await all.getByRole('checkbox', { name: 'Write down three things that were confusing in week one' }).click();
    await expect(all.getByRole('status')).toHaveText('Done: “Write down three things that were confusing in week one”.');
    await expect(all.getByRole('listitem')).toHaveCount(5);
    await expect(all.getByRole('heading', { name: 'Open action items' })).toBeFocused();
  });

  const oneOnOnes = new OneOnOnesPage(page);
  await oneOnOnes.goto();
  await expect(page.getByText('3 of 7 people on the team are due a 1:1.')).toBeVisible();
  await expect(oneOnOnes.row('Priya Raman')).toContainText('Overdue by 21 days');
  await expect(oneOnOnes.row('Sofia Rossi')).toContainText('not planned');
  await expect(oneOnOnes.row('Tomás Herrera')).toContainText('25 Nov 2026 (in 2 days)');
  await expect(oneOnOnes.row('Daniel Novak')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show people who moved on' }).check();
  await expect(oneOnOnes.row('Daniel Novak')).toContainText('Moved on');

  await test.step('choose a person with the picker, keyboard only', async () => {
    await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Amara Okafor' });
    await expect(page).toHaveURL(/\?person=/);
    await expect(page.getByRole('heading', { name: '1:1s with Amara Okafor' })).toBeFocused();
    await expect(page.getByRole('list', { name: '1:1s with Amara Okafor, newest first' }).getByRole('article')).toHaveText([/^5 Nov 2026 · Regular/, /^15 Sept 2026 · Getting to know you/]);
  });

  await test.step('edit a 1:1: reword an action item and plan the next one', async () => {
    const entry = oneOnOnes.entry('5 Nov 2026 · Regular');
    await entry.getByRole('button', { name: 'Edit the 1:1 of 5 Nov 2026' }).click();
    await entry.getByLabel('Action item 1', { exact: true }).fill('Write the mismatch guide with Mei Lin');
    await entry.getByLabel('Next 1:1').fill('2026-11-26');
    await entry.getByRole('button', { name: 'Save changes' }).click();
    await expect(entry.getByRole('checkbox', { name: 'Write the mismatch guide with Mei Lin' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^5 Nov 2026/ })).toBeFocused();
    await expect(oneOnOnes.row('Amara Okafor')).toContainText('Planned');
    await expect(page.getByText('2 of 7 people on the team are due a 1:1.')).toBeVisible();
  });

  await test.step('a next 1:1 before the 1:1 itself is refused with a clear message', async () => {
    const form = oneOnOnes.newForm;
    await form.getByLabel('Next 1:1').fill('2026-11-01');
    await form.getByRole('button', { name: 'Save 1:1' }).click();
    await expect(form.getByRole('alert')).toHaveText('Could not save the 1:1: the next 1:1 (1 Nov 2026) must come after this one (23 Nov 2026)');
    await expect(page.getByRole('list', { name: '1:1s with Amara Okafor, newest first' }).getByRole('article')).toHaveCount(2);
  });
  await expectNoAxeViolations(page);
});

test('a decision recorded in three sentences is found by search and prints on its own', async ({ page }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.loadSample();

  const decisions = new DecisionsPage(page);
  await decisions.goto();
  await expect(decisions.count).toHaveText('4 decisions, newest first.');
  await expectNoAxeViolations(page);

  await decisions.recordInThreeSentences({
    title: 'Contract tests with Checkout web',
    decided: 'We run contract tests against the Checkout web client on every merge.',
    why: 'Two incidents this year came from a field we renamed without telling them.',
    by: 'Tomás Herrera',
  });
  await expect(decisions.count).toHaveText('5 decisions, newest first.');
  const record = decisions.record('Contract tests with Checkout web');
  await expect(record).toContainText('Decided 23 Nov 2026');
  await expect(record).toContainText('Who decides' + 'Tomás Herrera');
  await expect(decisions.newForm.getByLabel('Title')).toHaveValue('');

  await test.step('find it by search, whatever the case and accents', async () => {
    await decisions.search.fill('renamed');
    await expect(decisions.count).toHaveText('Showing 1 of 5 decisions.');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(record).toBeVisible();
    await decisions.search.fill('TOMAS contract');
    await expect(page.getByRole('article')).toHaveCount(1);
    await decisions.search.fill('tomas');
    await expect(decisions.count).toHaveText('Showing 3 of 5 decisions.');
    await decisions.status.selectOption('proposed');
    await expect(decisions.count).toHaveText('Showing 1 of 5 decisions.');
    await expect(decisions.record('Move the on-call handover to Tuesday mornings')).toBeVisible();
    await decisions.search.fill('no such decision');
    await expect(page.getByText('No decision matches.')).toBeVisible();
    await decisions.search.fill('');
    await decisions.status.selectOption('all');
    await expect(decisions.count).toHaveText('5 decisions, newest first.');
  });

  await test.step('the print view shows the record and hides navigation and forms', async () => {
    await decisions.stubPrint();
    await record.getByRole('button', { name: 'Print “Contract tests with Checkout web”' }).click();
    expect(await decisions.printed()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Design pages' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Record a decision' })).toBeHidden();
    await expect(decisions.search).toBeHidden();
    await expect(record.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Decisions', level: 1 })).toBeVisible();
    await expect(record).toBeVisible();
    await expect(record).toContainText('We run contract tests against the Checkout web client on every merge.');
    await expect(decisions.record('Move the on-call handover to Tuesday mornings')).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath('decision-print.png'), fullPage: true });

    // Printing the filtered list shows every record that matches, with what it was filtered by.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await decisions.status.selectOption('decided');
    await page.getByRole('button', { name: 'Print these decisions' }).click();
    expect(await decisions.printed()).toBe(2);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Status: decided.')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(3);
    await expect(decisions.record('Cap the take-home exercise at four hours')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  });
});

test('a decision can be recorded in full, changed later, and a bad one is refused', async ({ page }, testInfo) => {
  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.importFile(data('checkout-team.json'), 'replace');
  const decisions = new DecisionsPage(page);
  await decisions.goto();

  const form = decisions.newForm;
  await form.getByLabel('Title').fill('   ');
  await form.getByRole('button', { name: 'Save decision' }).click();
  // The error is beside its field, which takes the keyboard; the alert only says where to look.
  await expect(form.getByRole('alert')).toHaveText('Could not save the decision: check the field marked below');
  const title = form.getByLabel('Title');
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('A few words someone would search for in six months. must not be empty');
  await expect(decisions.count).toHaveText('1 decision, newest first.');

  const more = form.getByRole('button', { name: 'More detail: context, input, status' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(form.getByRole('button', { name: 'Fewer fields' })).toHaveAttribute('aria-expanded', 'true');
  await form.getByLabel('Title').fill('Freeze deploys in the last week of December');
  await form.getByLabel('Date').fill('2026-11-20');
  await form.getByLabel('What was decided?').fill('No deploys from 21 to 31 December, except fixes.');
  await form.getByLabel('Why?').fill('Half the team is away and partners are in their peak.');
  await form.getByLabel('Who decides?').fill('Maya Lindqvist');
  await form.getByLabel('Context').fill('Last year a deploy on 28 December broke refunds for a day.');
  await form.getByLabel('Who gave input').fill('Kwame Mensah\nFinance operations, Peter\n');
  await form.getByLabel('Status').selectOption('proposed');
  await form.getByRole('button', { name: 'Save decision' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved “Freeze deploys in the last week of December”.');

  const record = decisions.record('Freeze deploys in the last week of December');
  await expect(record).toContainText('Proposed 20 Nov 2026');
  await expect(record).toContainText('Input from' + 'Kwame Mensah, Finance operations, Peter');

  await record.getByRole('button', { name: 'Edit “Freeze deploys in the last week of December”' }).click();
  await expect(record.getByLabel('Who gave input')).toHaveValue('Kwame Mensah\nFinance operations, Peter');
  await record.getByLabel('Status').selectOption('decided');
  await record.getByRole('button', { name: 'Save changes' }).click();
  await expect(record).toContainText('Decided 20 Nov 2026');
  await expect(record.getByRole('heading', { name: 'Freeze deploys in the last week of December' })).toBeFocused();

  // The safe answer has the focus; keeping puts it back on the button that asked.
  const deleteButton = record.getByRole('button', { name: 'Delete “Freeze deploys in the last week of December”' });
  await deleteButton.click();
  await expect(record.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(deleteButton).toBeFocused();
  await deleteButton.click();
  await record.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(record).toHaveCount(0);
  await expect(decisions.count).toHaveText('1 decision, newest first.');
  await expectNoAxeViolations(page);

  // A title that is a sentence: the confirmation ends with its full stop, not `“…Fridays.”.` (issue 8).
  await decisions.recordInThreeSentences({ title: 'We ship on Tuesdays, not Fridays.', decided: 'Releases go out on Tuesday mornings.', why: 'Friday releases left fixes for the weekend.', by: 'Maya Lindqvist' });
  await expect(decisions.newForm.getByRole('status')).toHaveText('Saved “We ship on Tuesdays, not Fridays.”');
  await expect(decisions.count).toHaveText('2 decisions, newest first.');
});

test('notes, action items and decisions with HTML in them are shown as text and never run', async ({ page }, testInfo) => {
  const file = JSON.parse(readFileSync(data('checkout-team.json'), 'utf8'));
  const payload = (where: string) => `<img src=x onerror="window.__pwned='${where}'"><script>window.__pwned='${where}'</script>`;
  const [oneOnOne] = file.data.oneOnOnes;
  oneOnOne.notes = payload('notes');
  oneOnOne.actionItems[0].text = payload('item');
  oneOnOne.actionItems[0].owner = '<svg onload="window.__pwned=1">';
  const [decision] = file.data.decisions;
  for (const field of ['title', 'context', 'decided', 'why', 'decidedBy']) decision[field] = payload(field);
  decision.input = [payload('input')];
  const poisoned = testInfo.outputPath('conversation-payloads.json');
  writeFileSync(poisoned, JSON.stringify(file));

  const dataPage = new DataPage(page, testInfo);
  await dataPage.goto();
  await dataPage.importFile(poisoned, 'replace');

  for (const [route, heading, text] of [
    ['/', 'Open action items', payload('item')],
    [`/design/one-on-ones/?person=${oneOnOne.personId}`, 'Log', payload('notes')],
    ['/design/decisions/', 'Decision records', payload('why')],
  ] as const) {
    await page.goto(route);
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expect(page.locator('main').getByText(text).first()).toBeVisible();
    expect(await page.locator('main img, main script, main svg:not([aria-hidden])').count(), route).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), route).toBeUndefined();
  }
  await expect(page.getByRole('heading', { name: payload('title'), level: 3 })).toBeVisible();
});
