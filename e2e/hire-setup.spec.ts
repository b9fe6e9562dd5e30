/**
 * Setting up hiring as a hiring manager would: follow a gap from Design's insights to a
 * drafted opening, build its interview loop while the checks point at what is wrong, fix
 * it, write a rubric, duplicate the loop, export it and import it back, see a broken loop
 * file refused with nothing written, and grow the question bank and see where a question
 * is used.
 */
import { readFile } from 'node:fs/promises';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { DataPage } from './pages/data-page';

const BROKEN_LOOP = new URL('./data/loop-dangling-question.json', import.meta.url).pathname;
const QUESTION = 'Tell me about a time a partner team depended on something you had not finished.';

test('a hiring manager drafts an opening from a gap, builds and checks its loop, shares it, and grows the question bank', async ({ page }, testInfo) => {
  // A long journey with axe on every page it passes through (a few seconds each).
  test.setTimeout(120_000);
  let capability = '';
  let opening = '';
  const shot = async (name: string) => {
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  };

  await test.step('load the sample team and follow a gap from Insights to Hire', async () => {
    const data = new DataPage(page, testInfo);
    await data.goto();
    await data.loadSample();
    await page.goto('/design/insights/');
    const act = page.getByRole('region', { name: 'Act on this' });
    const draft = act.getByRole('link', { name: /^Draft an opening for / }).first();
    capability = ((await draft.textContent()) ?? '').replace('Draft an opening for ', '').trim();
    expect(capability).not.toBe('');
    await draft.click();
    await expect(page).toHaveURL(/\/hire\/\?draft=/);
  });

  await test.step('save the drafted opening', async () => {
    const form = page.getByRole('form', { name: 'New opening' });
    // The form's own status line (its save) is there too; the drafting note is the one naming the gap.
    await expect(form.getByRole('status').filter({ hasText: 'Drafting an opening' })).toContainText(`Drafting an opening from the gap in ${capability}.`);
    // Titled like a job from the gap; what it still needs first is the level, so that is where the keyboard is.
    opening = `Software engineer, ${capability}`;
    await expect(form.getByLabel('Title')).toHaveValue(opening);
    await expect(form.getByRole('status').filter({ hasText: 'Drafting an opening' })).toContainText('Which level is this hire?');
    await expect(form.getByLabel('Level')).toBeFocused();
    await expect(form.getByRole('group', { name: 'Must-haves' }).getByRole('checkbox', { name: capability, exact: true })).toBeChecked();
    await expect(form.getByRole('group', { name: 'Nice-to-haves' }).getByRole('checkbox', { name: capability, exact: true })).not.toBeChecked();
    await expectNoAxeViolations(page);
    // Opening it without a level is refused, beside the field.
    await form.getByLabel('Status').selectOption({ label: 'Open' });
    await form.getByRole('button', { name: 'Save opening' }).click();
    await expect(form.getByText('say the level before opening it')).toBeVisible();
    await expect(form.getByLabel('Level')).toBeFocused();
    await form.getByLabel('Level').fill('L4');
    await form.getByLabel('Target days to decision').fill('28');
    await form.getByRole('button', { name: 'Save opening' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the opening ${opening}.` })).toBeVisible();
    await expect(page).toHaveURL(/\/hire\/$/);
    const row = page.getByRole('region', { name: 'Openings' }).getByRole('row', { name: new RegExp(`^${opening}`) });
    await expect(row.getByRole('cell')).toHaveText(['L4', 'Open', capability, 'No loop yet Build one', '0', '0', '0', /Edit/]);
    // The gap list offers the same step from Hire, and says the gap is now being hired for.
    const gaps = page.getByRole('region', { name: 'Gaps to hire for' });
    await expect(gaps.getByRole('listitem').filter({ hasText: capability }).first()).toContainText(`Already a must-have of ${opening}`);
    await expect(gaps.getByRole('button', { name: `Draft an opening for ${capability}` })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('build its loop from the opening: the new loop is the opening’s loop', async () => {
    await page.getByRole('link', { name: 'Build its interview loop' }).click();
    await expect(page).toHaveURL(/\/hire\/loops\/\?opening=/);
    await expect(page.getByRole('status').filter({ hasText: 'Building the interview loop for' })).toContainText(`Building the interview loop for ${opening}`);
    await expect(page.getByLabel('Name of a new loop')).toHaveValue(`${opening} loop`);
    await page.getByLabel('Name of a new loop').fill('Reliability loop');
    await page.getByRole('button', { name: 'Create loop' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Created Reliability loop for ${opening}: its candidates go through it.` })).toBeVisible();
    const editor = page.getByRole('form', { name: 'Edit Reliability loop' });
    await expect(editor.getByText(`Used by ${opening}.`)).toBeVisible();
    await expect(editor.getByLabel('Check the must-haves of')).toHaveValue('using');
    await expect(editor.getByRole('status').filter({ hasText: '1 problem' })).toBeVisible();
    // With no opening to check against, the checks say what they did not check.
    await editor.getByLabel('Check the must-haves of').selectOption({ label: 'No opening: stages only' });
    await expect(editor.getByRole('status').filter({ hasText: 'no must-have was checked' })).toHaveText(
      '1 problem and 0 warnings in the stages, but no must-have was checked: no opening was chosen. Choose the opening this loop is for.',
    );
    await editor.getByLabel('Check the must-haves of').selectOption({ label: `The openings using this loop (1)` });
    // The opening says so too.
    await page.goto('/hire/');
    const row = page.getByRole('region', { name: 'Openings' }).getByRole('row', { name: new RegExp(`^${opening}`) });
    await expect(row.getByRole('cell').nth(3)).toHaveText('Reliability loop');
    await row.getByRole('link', { name: 'Reliability loop' }).click();
    await expect(page.getByRole('form', { name: 'Edit Reliability loop' })).toBeVisible();
  });

  await test.step('build a loop: a screen and a take-home without a time box, the must-have assessed once', async () => {
    const editor = page.getByRole('form', { name: 'Edit Reliability loop' });

    await editor.getByLabel('Kind of stage to add').selectOption({ label: 'Screen' });
    await editor.getByRole('button', { name: 'Add stage' }).click();
    const screen = editor.getByRole('region', { name: 'Stage 1: Phone screen' });
    await expect(screen.getByLabel('Stage name')).toBeFocused();
    await screen.getByRole('group', { name: 'Capabilities assessed' }).getByRole('checkbox', { name: capability, exact: true }).check();
    await screen.getByRole('group', { name: 'Interviewers' }).getByRole('checkbox', { name: 'Sofia Rossi' }).check();
    // The rubric starts from the capability's level descriptors, to edit rather than write from nothing.
    const seeded = screen.getByRole('group', { name: `Rubric for ${capability}` });
    await expect(seeded).toContainText(`Drafted from the level descriptors of ${capability}`);
    for (const score of [1, 2, 3, 4]) await expect(seeded.getByLabel(`Score ${score}`)).not.toHaveValue('');

    await editor.getByLabel('Kind of stage to add').selectOption({ label: 'Take-home' });
    await editor.getByRole('button', { name: 'Add stage' }).click();
    const takeHome = editor.getByRole('region', { name: 'Stage 2: Take-home' });
    await expect(takeHome.getByLabel('Time box (hours)')).toHaveValue('');

    // Checked against the opening the loop was built for.
    const findings = editor.getByRole('list', { name: 'Findings' });
    await expect(findings.getByRole('listitem')).toHaveText([
      `Problem: ${capability} is a must-have but only 1 stage assesses it (Phone screen): add it to another stage so no single interview decides.`,
      'Problem: Take-home has no time box: tell candidates how long to spend, 4 hours at most. Go to Take-home',
    ]);
    await expectNoAxeViolations(page);
    // The finding links to its stage, and opens it when it is collapsed.
    await takeHome.getByRole('button', { name: 'Stage 2: Take-home' }).click();
    await expect(takeHome.getByLabel('Time box (hours)')).toHaveCount(0);
    await expect(takeHome).toContainText('1 finding below the stages');
    await findings.getByRole('link', { name: 'Go to Take-home' }).click();
    await expect(takeHome).toBeFocused();
    await expect(takeHome.getByLabel('Time box (hours)')).toBeVisible();
  });

  await test.step('fix the checks and watch them clear, write a rubric, save', async () => {
    const editor = page.getByRole('form', { name: 'Edit Reliability loop' });
    const takeHome = editor.getByRole('region', { name: 'Stage 2: Take-home' });
    await takeHome.getByLabel('Time box (hours)').fill('6');
    await expect(editor.getByRole('list', { name: 'Findings' })).toContainText('Take-home asks for 6 hours, which favours candidates with more free time');
    await takeHome.getByLabel('Time box (hours)').fill('3');
    await takeHome.getByRole('group', { name: 'Capabilities assessed' }).getByRole('checkbox', { name: capability, exact: true }).check();
    await expect(editor.getByRole('status').filter({ hasText: 'No problems found: every check passes.' })).toBeVisible();
    await expect(editor.getByRole('list', { name: 'Findings' }).getByRole('listitem')).toHaveCount(0);

    const rubric = editor.getByRole('region', { name: 'Stage 1: Phone screen' }).getByRole('group', { name: `Rubric for ${capability}` });
    const anchors = ['Has not done it', 'Has done it with help', 'Does it alone, and well', 'Teaches it and sets the bar'];
    for (const [i, text] of anchors.entries()) await rubric.getByLabel(`Score ${i + 1}`).fill(text);
    await expect(editor.getByText('Unsaved changes')).toBeVisible();
    await editor.getByRole('button', { name: 'Save loop' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved Reliability loop.' })).toBeVisible();
    await expect(editor.getByText('Unsaved changes')).toHaveCount(0);

    // Saved means stored: a reload shows the same loop, rubric included. It opens a stage at a
    // time: each stage collapsed to its summary, opened from its heading.
    await page.reload();
    const screenStage = page.getByRole('region', { name: 'Stage 1: Phone screen' });
    const takeHomeStage = page.getByRole('region', { name: 'Stage 2: Take-home' });
    await expect(screenStage).toContainText(`Screen · 30 min · assesses ${capability} · with Sofia Rossi · 0 questions · rubric for 1 of 1`);
    await expect(takeHomeStage).toContainText(`Take-home · time box 3 hours · assesses ${capability} · no interviewers`);
    await expect(screenStage.getByLabel('Stage name')).toHaveCount(0);
    await shot('loop-editor-collapsed');
    await expectNoAxeViolations(page);
    const toggle = screenStage.getByRole('button', { name: 'Stage 1: Phone screen' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(screenStage.getByRole('group', { name: `Rubric for ${capability}` }).getByLabel('Score 4')).toHaveValue(anchors[3]!);
    await page.getByRole('button', { name: 'Show every stage’s details' }).click();
    await expect(takeHomeStage.getByLabel('Time box (hours)')).toHaveValue('3');
    await expect(takeHomeStage.getByLabel('Kind')).toHaveValue('take-home');
    await expect(takeHomeStage.getByLabel('Kind').locator('option:checked')).toHaveText('Take-home');
    await shot('loop-editor');
    await expectNoAxeViolations(page);
  });

  let exported = '';
  await test.step('duplicate the loop and export the copy', async () => {
    await page.getByRole('button', { name: 'Duplicate loop' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Duplicated Reliability loop as Copy of Reliability loop.' })).toBeVisible();
    const list = page.getByRole('region', { name: 'Interview loops' });
    await expect(list.getByRole('link', { name: 'Copy of Reliability loop' })).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/\?loop=/);
    const copy = page.getByRole('form', { name: 'Edit Copy of Reliability loop' });
    await expect(copy.getByRole('region', { name: 'Stage 2: Take-home' })).toContainText('time box 3 hours');

    const download = page.waitForEvent('download');
    await copy.getByRole('button', { name: 'Export loop as file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('turbine-loop-copy-of-reliability-loop-2026-11-23.json');
    exported = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(exported);
    const json = JSON.parse(await readFile(exported, 'utf8')) as { format: string; formatVersion: number; data: { loop: { stages: unknown[] }; capabilities: { name: string }[] } };
    expect([json.format, json.formatVersion, json.data.loop.stages.length]).toEqual(['turbine-interview-loop', 1, 2]);
    expect(json.data.capabilities.map((c) => c.name)).toEqual([capability]);
  });

  await test.step('import the exported loop back: a preview, then a second copy', async () => {
    const list = page.getByRole('region', { name: 'Interview loops' });
    const before = await list.getByRole('listitem').count();
    await page.getByLabel('Loop file').setInputFiles(exported);
    const preview = page.getByRole('region', { name: 'Loop preview' });
    await expect(preview.getByRole('heading', { name: 'Copy of Reliability loop (imported)' })).toBeVisible();
    await expect(preview).toContainText('2 stages: Phone screen → Take-home');
    await expect(preview).toContainText('1 capability already in your library');
    await expect(preview).toContainText('Sofia Rossi from your team');
    await expectNoAxeViolations(page);
    await preview.getByRole('button', { name: 'Import loop' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported Copy of Reliability loop (imported): 2 stages' })).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(before + 1);
    await expect(list.getByRole('link', { name: 'Copy of Reliability loop (imported)' })).toHaveAttribute('aria-current', 'true');
  });

  await test.step('a broken loop file is refused, naming what is wrong, and nothing is written', async () => {
    const list = page.getByRole('region', { name: 'Interview loops' });
    const before = await list.getByRole('listitem').count();
    await page.getByLabel('Loop file').setInputFiles(BROKEN_LOOP);
    const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was imported from loop-dangling-question.json' });
    await expect(refusal).toContainText('some records point to records that are not in it');
    await expect(refusal.getByRole('list', { name: 'Problems found' })).toContainText('$.data.loop.stages[0].questionIds[0] points to question 0000000c-0000-4000-8000-000000000009, which is not in $.data.questions');
    await expect(page.getByRole('region', { name: 'Loop preview' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Interview loops' }).getByRole('listitem')).toHaveCount(before);
    await expect(page.getByText('Borrowed backend loop')).toHaveCount(0);
  });

  await test.step('add a question to the bank, ask it in the loop, and see where it is used', async () => {
    await page.getByRole('navigation', { name: 'Hire pages' }).getByRole('link', { name: 'Questions' }).click();
    await page.getByRole('button', { name: 'Add a question' }).click();
    const form = page.getByRole('form', { name: 'Add a question' });
    await form.getByLabel('Question').fill(QUESTION);
    await form.getByLabel('What good looks like').fill('Says what they told the partner, when, and what they changed so it does not happen again.');
    await form.getByLabel('Minutes needed').fill('15');
    await form.getByRole('group', { name: 'Capabilities it assesses' }).getByRole('checkbox', { name: capability, exact: true }).check();
    await form.getByRole('button', { name: 'Add question' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the question “${QUESTION}”` })).toBeVisible();
    const item = page.getByRole('listitem').filter({ hasText: QUESTION });
    await expect(item).toContainText('Not used in any loop yet');
    await expectNoAxeViolations(page);

    await page.goto('/hire/loops/');
    await page.getByRole('region', { name: 'Interview loops' }).getByRole('link', { name: 'Reliability loop', exact: true }).click();
    const screen = page.getByRole('region', { name: 'Stage 1: Phone screen' });
    await screen.getByRole('button', { name: 'Stage 1: Phone screen' }).click();
    await screen.getByRole('group', { name: 'Questions' }).getByRole('checkbox', { name: QUESTION }).check();
    await page.getByRole('button', { name: 'Save loop' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved Reliability loop.' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Hire pages' }).getByRole('link', { name: 'Questions' }).click();
    const used = page.getByRole('listitem').filter({ hasText: QUESTION });
    await expect(used.getByRole('link', { name: 'Reliability loop: Phone screen' })).toBeVisible();
    await used.getByRole('button', { name: `Delete the question “${QUESTION}”` }).click();
    await expect(used.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await used.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(page.getByRole('alert')).toContainText('Could not delete this question: it is asked in Reliability loop (Phone screen): take it out of that stage first');
    await expect(used).toBeVisible();

    // The link goes to the stage in its loop.
    await used.getByRole('link', { name: 'Reliability loop: Phone screen' }).click();
    await expect(page.getByRole('region', { name: 'Stage 1: Phone screen' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Stage 1: Phone screen' }).getByRole('group', { name: 'Questions' }).getByRole('checkbox', { name: QUESTION })).toBeChecked();
    await expectNoAxeViolations(page);
  });
});
