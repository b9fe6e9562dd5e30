/**
 * Hire → Candidates as a hiring manager runs it with the sample team: three candidates
 * added to the sample opening and moved through the loop (one skips the take-home),
 * three interviewers scoring independently (none sees the others' until they submit),
 * the decision view with its outlier flag, the decision, the hire and its confirmed
 * levels in the matrix, and Home's signal that the hire changed the design.
 */
import { test, expect, expectNoAxeViolations } from './fixtures';
import { CandidatesPage } from './pages/candidates-page';
import { DataPage } from './pages/data-page';

const OPENING = 'Software engineer, payments reliability';

test('three candidates, independent scorecards, the decision view, a hire on the team', async ({ page }, testInfo) => {
  test.setTimeout(180_000); // one long journey through four views and three interviewers
  const candidates = new CandidatesPage(page);
  const shot = async (name: string) => {
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  };

  await test.step('load the sample team', async () => {
    await page.goto('/data/');
    await page.getByRole('button', { name: 'Try it with a sample team' }).click();
    await expect(page.getByRole('button', { name: 'Remove sample data' })).toBeVisible();
  });

  await test.step('add three candidates to the sample opening', async () => {
    await candidates.goto();
    await candidates.chooseOpening(OPENING);
    await expect(page).toHaveURL(/\?opening=/);
    await page.getByRole('button', { name: 'Add a candidate' }).click();
    await candidates.add('Ana Lima', 'Referral');
    await candidates.add('Ben Okoro', 'Meetup');
    await candidates.add('Chloe Park', 'Outreach');
    await page.getByRole('button', { name: 'Done adding' }).click();
    const table = page.getByRole('table', { name: 'Candidates, by name' });
    await expect(table.getByRole('rowheader')).toHaveText(['Ana Lima', 'Ben Okoro', 'Chloe Park', 'Lena Fischer']);
    await expect(table.getByRole('row', { name: /Ana Lima/ })).toContainText('Phone screen');
    // Lena has been in the process for 30 days against a 21-day target.
    await expect(table.getByRole('row', { name: /Lena Fischer/ })).toContainText('past the 21-day target');
    await page.getByLabel('Search by name').fill('chlo');
    await expect(table.getByRole('rowheader')).toHaveText(['Chloe Park']);
    await page.getByLabel('Search by name').fill('');
    await shot('1-list');
    await expectNoAxeViolations(page);
  });

  await test.step('move them through the stages, with a take-home over its time box', async () => {
    await candidates.open('Ana Lima');
    await expect(page).toHaveURL(/candidate=/);
    await candidates.moveTo('Take-home: observability exercise (next)', '2026-11-24');
    await page.getByLabel('Sent').fill('2026-11-24');
    await page.getByLabel('Returned').fill('2026-11-27');
    await page.getByLabel('Hours reported by the candidate').fill('4.5');
    await page.getByRole('button', { name: 'Save take-home' }).click();
    await expect(page.getByText('Reported 4.5 hours, over the 3-hour time box.')).toBeVisible();
    await expect(page.getByText('Returned after 3 days.')).toBeVisible();
    const moves = page.getByRole('region', { name: 'Stages' }).getByRole('listitem');
    await expect(moves).toHaveText(['Phone screen: 23 Nov 2026', 'Take-home: observability exercise: 24 Nov 2026']);
    await shot('2-candidate');
    await expectNoAxeViolations(page);

    // The next stage comes first, then skipping ahead, then moving back.
    const stage = page.getByLabel('Move to stage');
    await expect(stage.getByRole('option')).toHaveText(['Incident and design interview (next)', 'Debrief', 'Phone screen (back)']);
    await expect(stage).toHaveValue(await stage.getByRole('option').first().getAttribute('value') ?? '');
    // Moving back asks first; keeping her where she is changes nothing.
    await stage.selectOption({ label: 'Phone screen (back)' });
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    const ask = page.getByRole('group', { name: 'Move Ana Lima back to Phone screen?' });
    await expect(ask).toBeFocused();
    await expect(ask).toHaveAccessibleDescription(/^Ana Lima is at Take-home: observability exercise\. Moving back records a new move on 24 Nov 2026/);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await expect(ask.getByRole('button', { name: 'Move back to Phone screen' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(ask).toHaveCount(0);
    await expect(stage).toBeFocused();
    await expect(moves).toHaveCount(2);
    // Asked again and confirmed, the move back is recorded.
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await ask.getByRole('button', { name: 'Move back to Phone screen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Moved to Phone screen on 24 Nov 2026.' })).toBeVisible();
    await expect(moves).toHaveText(['Phone screen: 23 Nov 2026', 'Take-home: observability exercise: 24 Nov 2026', 'Phone screen: 24 Nov 2026']);
    await expect(stage.getByRole('option').first()).toHaveText('Take-home: observability exercise (next)');

    await candidates.backToList();
    await candidates.open('Chloe Park');
    await page.getByLabel('Status', { exact: true }).selectOption('withdrawn');
    await page.getByRole('button', { name: 'Change status' }).click();
    await expect(page.getByRole('heading', { name: 'Chloe Park Withdrawn', level: 2 })).toBeVisible();

    await page.goBack();
    await candidates.open('Ben Okoro');
    // Notes half-written while Ben moves on: the move is no reason to refuse the notes.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Notes').fill('Skips the take-home: his public tracing library shows the same skills.');
    // A chosen stage: Ben skips the take-home.
    await candidates.moveTo('Incident and design interview', '2026-11-25');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Details saved.' })).toBeVisible();
    await expect(page.getByText('Skips the take-home: his public tracing library shows the same skills.')).toBeVisible();
  });

  await test.step('Tomás scores the screen with its interview kit, without seeing anyone else’s', async () => {
    await candidates.viewAs('Tomás Herrera (interviewer)');
    await expect(page.getByRole('status').filter({ hasText: 'hidden from Tomás Herrera until Tomás Herrera submits' })).toContainText('none has been submitted yet');
    // The kit: the stage's questions from the bank, each with what good looks like and a note,
    // and each capability's rubric, expanded, every score described by its anchor.
    const kit = page.getByRole('region', { name: 'Interview kit: Phone screen' });
    await expect(kit).toContainText('Screen · 30 minutes · 2 questions (about 25 min)');
    const incidentQuestion = kit.getByRole('group', { name: /^Tell us about an incident you were part of/ });
    await expect(incidentQuestion).toContainText('15 min · assesses Incident response');
    await expect(incidentQuestion).toContainText('What good looks like: Triages and communicates before fixing');
    await expect(kit.getByRole('group', { name: /^A partner team needs a change by Friday/ })).toBeVisible();
    const rubric = kit.getByRole('list', { name: 'What a 1, 2, 3 and 4 look like for Incident response' });
    await expect(rubric.getByRole('listitem')).toHaveCount(4);
    await expect(rubric.getByRole('listitem').nth(2)).toContainText('Triages, communicates and mitigates in a sensible order');
    const incident = kit.getByRole('group', { name: 'Incident response', exact: true });
    await expect(incident.getByRole('radio', { name: '3', exact: true })).toHaveAccessibleDescription(/^Triages, communicates and mitigates in a sensible order/);
    const note = 'Led the March payments outage; paged the partner team within ten minutes.';
    await incidentQuestion.getByLabel('Notes on this question').fill(note);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
    // The draft is stored with its note: the form opened again starts from it.
    await candidates.viewAs('The hiring manager');
    await candidates.viewAs('Tomás Herrera (interviewer)');
    await expect(kit.getByRole('group', { name: /^Tell us about an incident/ }).getByLabel('Notes on this question')).toHaveValue(note);
    // Submitting still needs every capability scored.
    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    await expect(incident.getByText('choose a score or “No signal” before submitting')).toBeVisible();
    await expect(incident.getByRole('radio', { name: '1', exact: true })).toBeFocused();
    await candidates.fillScorecard({
      scores: { 'Incident response': '3', 'Partner communication': '3' },
      evidence: { 'Incident response': 'Led a payments outage and its review.' },
      recommendation: 'Yes',
    });
    await shot('3-scorecard-form');
    await expectNoAxeViolations(page);
    await candidates.submitScorecard();
    const submitted = candidates.scorecard('Tomás Herrera’s scorecard, Phone screen');
    await expect(submitted).toBeVisible();
    await expect(submitted.getByRole('term')).toHaveText([/^Tell us about an incident you were part of/]);
    await expect(submitted.getByRole('definition')).toHaveText([note]);
  });

  await test.step('Amara cannot see Tomás’s scorecard until she submits hers', async () => {
    await candidates.viewAs('Amara Okafor (interviewer)');
    await expect(page.getByRole('status').filter({ hasText: 'hidden from Amara Okafor' })).toContainText('1 submitted scorecard is hidden');
    await expect(candidates.scorecard('Tomás Herrera’s scorecard, Phone screen')).toHaveCount(0);
    await candidates.fillScorecard({
      scores: { 'Incident response': '3', Observability: '3', 'Card payment flows': '2' },
      recommendation: 'Yes',
    });
    await candidates.submitScorecard();
    await expect(candidates.scorecard('Amara Okafor’s scorecard, Incident and design interview')).toBeVisible();
    await expect(candidates.scorecard('Tomás Herrera’s scorecard, Phone screen')).toBeVisible();
  });

  await test.step('Rachel, an outside interviewer, sees neither until she submits', async () => {
    await candidates.viewAs('Rachel Adeyemi (interviewer)');
    await expect(page.getByRole('status').filter({ hasText: 'hidden from Rachel Adeyemi' })).toContainText('2 submitted scorecards are hidden');
    await expect(candidates.scorecard('Tomás Herrera’s scorecard, Phone screen')).toHaveCount(0);
    await expect(candidates.scorecard('Amara Okafor’s scorecard, Incident and design interview')).toHaveCount(0);
    await candidates.fillScorecard({
      scores: { 'Incident response': '1', Observability: '3', 'Card payment flows': 'No signal' },
      evidence: { 'Incident response': 'Went quiet in the scenario; no updates to partners.' },
      recommendation: 'No',
    });
    await candidates.submitScorecard();
    await expect(page.getByRole('status').filter({ hasText: 'Rachel Adeyemi has submitted' })).toBeVisible();
    await expect(page.getByRole('article', { name: /’s scorecard,/ })).toHaveCount(3);
  });

  await test.step('the hiring manager opens the decision view and sees the outlier', async () => {
    await candidates.viewAs('The hiring manager');
    await expect(page.getByRole('heading', { name: 'Scorecards in: 3 of 3' })).toBeVisible();
    const puzzle = page.getByRole('table', { name: 'Scores for Ben Okoro, capabilities by stage' });
    const incident = puzzle.getByRole('row', { name: /^Incident response/ });
    await expect(incident).toContainText('outlier: far below the rest of the panel');
    await expect(incident).toContainText('1 to 3, median 3');
    await expect(page.getByText('Rachel Adeyemi (Incident and design interview) recommended “no” against the rest of the panel')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^Incident response: 3 scores from 3 interviewers/ })).toContainText('enough signal');
    await shot('4-decision-view');
    await expectNoAxeViolations(page);
  });

  await test.step('decide, hire and confirm the levels', async () => {
    await page.getByRole('group', { name: 'Decision' }).getByRole('radio', { name: 'Hire', exact: true }).check();
    await page.getByLabel('Rationale').fill('Consistent on incidents across two stages; we discussed the one low score in the debrief.');
    await page.getByLabel('Decided by').fill('Sam Rivera');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await expect(page.getByRole('heading', { name: 'Decision: hire' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print the decision record' })).toBeVisible();

    const proposals = page.getByRole('table', { name: 'Proposed capability levels' });
    await expect(proposals.getByRole('rowheader')).toHaveText(['Card payment flows', 'Incident response', 'Observability', 'Partner communication']);
    await expect(page.getByLabel('Level for Incident response')).toHaveValue('3');
    await expect(page.getByLabel('Level for Card payment flows')).toHaveValue('2');
    await page.getByLabel('Level for Card payment flows').selectOption({ label: '1 Learning' });
    await page.getByLabel('Role').fill('Software engineer');
    await page.getByLabel('Start date').fill('2026-12-07');
    await page.getByRole('button', { name: 'Add Ben Okoro to the team' }).click();
    await expect(page.getByRole('heading', { name: 'Ben Okoro Hired', level: 2 })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'This hire will raise coverage of Incident response from 2 to 3 on 7 Dec 2026: revisit the design.' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `${OPENING} has hired 2 of 2` })).toContainText('close it as filled on Openings, once the 2 candidates still active have heard from you.');
    await shot('5-hired');
    await page.emulateMedia({ media: 'print' });
    await shot('6-print');
    await page.emulateMedia({ media: 'screen' });
  });

  await test.step('Ben is in the matrix with the confirmed levels, from the interview', async () => {
    await page.getByRole('link', { name: 'See them in the matrix' }).click();
    const grid = page.getByRole('grid', { name: 'Capability matrix' });
    await expect(grid.getByRole('gridcell', { name: 'Ben Okoro, Incident response: level 3 Strong' })).toBeVisible();
    await expect(grid.getByRole('gridcell', { name: 'Ben Okoro, Card payment flows: level 1 Learning' })).toBeVisible();
  });

  await test.step('Home says the hire changed the design', async () => {
    await page.goto('/');
    const signals = page.getByRole('region', { name: 'Across the phases' });
    // Ben starts on 7 December: until then the rise is still to come.
    await expect(signals).toContainText('Hiring Ben Okoro will raise coverage of Incident response from 2 to 3 on 7 Dec 2026: revisit the design.');
    await signals.getByRole('link', { name: 'revisit the design' }).first().click();
    await expect(page).toHaveURL(/\/design\/insights\/$/);
    await page.goBack();
    await shot('7-home');
  });

  await test.step('the opening has hired its two and offers to close', async () => {
    await page.goto('/hire/');
    const filled = page.getByRole('region', { name: 'Headcount filled' });
    await expect(filled).toContainText(`${OPENING} has hired 2 of 2.`);
    await expect(filled).toContainText('2 candidates are still active: tell them, then withdraw or reject them');
    await expectNoAxeViolations(page);
    await filled.getByRole('button', { name: `Close ${OPENING} as filled` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Closed ${OPENING} as filled.` })).toBeVisible();
    await expect(filled).toHaveCount(0);
    const row = page.getByRole('region', { name: 'Openings' }).getByRole('row', { name: new RegExp(`^${OPENING}`) });
    await expect(row.getByRole('cell').nth(1)).toHaveText('Filled');
  });

  await test.step('an anonymised candidate is read-only where their personal data was', async () => {
    await candidates.goto();
    await candidates.chooseOpening(OPENING);
    await page.getByLabel('Status', { exact: true }).selectOption('withdrawn');
    await candidates.open('Chloe Park');
    const chloe = page.url();
    await expect(page.getByRole('button', { name: 'Edit details' })).toBeVisible();

    await page.goto('/hire/privacy/');
    await page.getByRole('button', { name: 'Anonymise Chloe Park' }).click();
    await page.getByRole('button', { name: 'Confirm: anonymise' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Anonymised.' })).toBeVisible();

    await page.goto(chloe);
    await expect(page.getByRole('heading', { name: /^Anonymised candidate \w{6} Withdrawn$/, level: 2 })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('Anonymised on 23 Nov 2026: their name, contact details, notes and every note about them were removed and cannot be written again.');
    await expect(page.getByRole('button', { name: 'Edit details' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Change status' })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Rationale' })).toHaveCount(0);
    await candidates.viewAs('Tomás Herrera (interviewer)');
    await expect(page.getByRole('status').filter({ hasText: 'was anonymised on 23 Nov 2026' })).toContainText('scorecards for them are read-only');
    await expect(page.getByRole('button', { name: 'Submit scorecard' })).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await shot('8-anonymised');
    await expectNoAxeViolations(page);
  });
});

// Home's hiring lines, live: Home (open in another tab) asks for the phone screen's scorecard of a
// new candidate, and lets go of it once the interviewer submits it, without a reload. Home reads
// these lines in a worker, so this also shows the worker hears of a write made in another tab,
// and words its days in the page's time zone.
test('Home asks for a missing scorecard and lets go of it once it is submitted in another tab', async ({ page, context }, testInfo) => {
  const data = new DataPage(page, testInfo);
  await data.goto();
  await data.loadSample();
  const candidates = new CandidatesPage(page);
  await candidates.goto();
  await candidates.chooseOpening('Software engineer, payments reliability');
  await page.getByRole('button', { name: 'Add a candidate' }).click();
  await candidates.add('Ines Duarte', 'Referral');
  await page.getByRole('button', { name: 'Done adding' }).click();

  const home = await context.newPage();
  await home.goto('/');
  const hiring = home.getByRole('region', { name: 'Hiring today' });
  await expect(hiring.getByRole('listitem')).toHaveText(['Ines Duarte · Phone screen: Tomás Herrera’s scorecard (since 23 Nov 2026)']);
  await expectNoAxeViolations(home);

  await candidates.open('Ines Duarte');
  await candidates.viewAs('Tomás Herrera (interviewer)');
  await candidates.fillScorecard({ scores: { 'Incident response': '3', 'Partner communication': '3' }, recommendation: 'Yes' });
  await candidates.submitScorecard();
  await expect(candidates.scorecard('Tomás Herrera’s scorecard, Phone screen')).toBeVisible();

  await expect(hiring).toHaveCount(0);
  await expect(home.getByRole('heading', { name: 'The four phases' })).toBeVisible();
});
