/**
 * Interviewers who score from their own machines, with files and no server at all: the hiring
 * manager gives Tomás (a team member) and Rachel (an outsider) each only their own kit; each
 * scores in their own browser, which keeps the kit and the scorecard through a reload; the
 * manager takes both replies in at once, refuses an altered one, chooses what happens to a
 * second reply for the same kit, and finds the kits again after export, start over and import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { CandidatesPage } from './pages/candidates-page';
import { DataPage } from './pages/data-page';

const OPENING = 'Software engineer, payments reliability';

/** An interviewer's own browser: its own storage, the same clock, no workspace of theirs. */
async function interviewerBrowser(browser: Browser, testInfo: TestInfo, now: Date) {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  await context.clock.install({ time: now });
  const page = await context.newPage();
  await page.goto('/hire/score/');
  return { context, page };
}

async function saveReply(page: Page, path: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save my scorecard reply' }).click();
  await (await download).saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: /^Your scorecard reply is saved as a file/ })).toBeVisible();
}

test('interview kits go out as files and scorecards come back as replies, each interviewer on their own machine', async ({ page, browser, now }, testInfo) => {
  test.slow();
  const candidates = new CandidatesPage(page);
  const data = new DataPage(page, testInfo);
  const kits = page.getByRole('region', { name: 'Interviewers scoring on their own machines' });
  const kitRow = (stage: string, who: string) => kits.getByRole('row', { name: new RegExp(`^${stage} ${who}`) });

  await test.step('the manager adds Ines, with her contact, and moves her to the interview', async () => {
    await data.goto();
    await data.loadSample();
    await candidates.goto();
    await candidates.chooseOpening(OPENING);
    await page.getByRole('button', { name: 'Add a candidate' }).click();
    await candidates.add('Ines Duarte', 'Referral');
    await page.getByRole('button', { name: 'Done adding' }).click();
    await candidates.open('Ines Duarte');
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Contact').fill('ines.duarte@example.com');
    await page.getByLabel('Notes').fill('Asked about the salary band');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect(page.getByText('Details saved.')).toBeVisible();
    await candidates.moveTo('Incident and design interview', '2026-11-23');
  });

  const tomasKit = testInfo.outputPath('tomas-kit.json');
  const rachelKit = testInfo.outputPath('rachel-kit.json');
  await test.step('she exports Tomás’s and Rachel’s kits: only their own, and nothing private about Ines', async () => {
    await expect(kits.getByRole('rowheader')).toHaveText(['Phone screen', 'Take-home: observability exercise', 'Incident and design interview', 'Incident and design interview']);
    await expect(kitRow('Phone screen', 'Tomás Herrera')).toContainText('No kit given.');
    await expect(kits.getByText('Debrief scores no capability, so it has no kit.')).toBeVisible();
    // The next workday is offered as the day the scorecards are wanted by.
    await expect(kits.getByLabel('Scorecards wanted by')).toHaveValue('2026-11-24');
    for (const [who, stage, path] of [
      ['Tomás Herrera', 'Phone screen', tomasKit],
      ['Rachel Adeyemi', 'Incident and design interview', rachelKit],
    ] as const) {
      const download = page.waitForEvent('download');
      await kits.getByRole('button', { name: `Export ${who}’s kit for ${stage}` }).click();
      await (await download).saveAs(path);
      await expect(kits.getByRole('status').filter({ hasText: `Exported ${who}’s interview kit for ${stage}.` })).toBeVisible();
      await expect(kitRow(stage, who)).toContainText('Kit given 23 Nov 2026, wanted by 24 Nov 2026: no reply yet.');
    }
    // The decision view says which scorecards are out with a kit.
    await expect(page.getByRole('listitem').filter({ hasText: 'Phone screen: Tomás Herrera —' })).toHaveText('Phone screen: Tomás Herrera — kit given 23 Nov 2026, no reply yet');
    const text = readFileSync(tomasKit, 'utf8');
    expect(text).toContain('Ines Duarte');
    expect(text).toContain('Incident response');
    for (const secret of ['ines.duarte@example.com', 'salary', 'Referral', 'Rachel', 'Amara']) expect(text).not.toContain(secret);
    expect(readFileSync(rachelKit, 'utf8')).not.toContain('Tomás');
    await expectNoAxeViolations(page);
  });

  const tomasReply = testInfo.outputPath('tomas-reply.json');
  const tomas = await interviewerBrowser(browser, testInfo, now);
  const mine = tomas.page;
  await test.step('Tomás scores on his own machine: his draft survives a reload, and an incomplete scorecard is not saved', async () => {
    await mine.getByLabel('Open an interview kit').setInputFiles(tomasKit);
    await expect(mine.getByRole('heading', { name: 'Tomás Herrera’s scorecard for Ines Duarte, Phone screen' })).toBeVisible();
    await expect(mine.getByText(`For ${OPENING} · wanted by 24 Nov 2026 · kit given 23 Nov 2026`)).toBeVisible();
    await mine.getByRole('group', { name: 'Incident response', exact: true }).getByRole('radio', { name: '3', exact: true }).check();
    await mine.getByLabel('Evidence for Incident response').fill('Walked through a refund outage, triage first.');
    await mine.reload();
    await expect(mine.getByLabel('Evidence for Incident response')).toHaveValue('Walked through a refund outage, triage first.');
    await expect(mine.getByRole('group', { name: 'Incident response', exact: true }).getByRole('radio', { name: '3', exact: true })).toBeChecked();
    // Partner communication has no answer yet: the reply is not saved, and the field says why.
    await mine.getByRole('button', { name: 'Save my scorecard reply' }).click();
    await expect(mine.getByText('choose a score or “No signal” before submitting')).toBeVisible();
    await expect(mine.getByText('choose one before submitting')).toBeVisible();
    await new CandidatesPage(mine).fillScorecard({ scores: { 'Partner communication': 'No signal' }, recommendation: 'Yes' });
    await expectNoAxeViolations(mine);
    await saveReply(mine, tomasReply);
    await mine.screenshot({ path: testInfo.outputPath('tomas.png'), fullPage: true });
  });

  const rachelReply = testInfo.outputPath('rachel-reply.json');
  await test.step('Rachel, an outsider, scores hers in her own browser', async () => {
    const rachel = await interviewerBrowser(browser, testInfo, now);
    await rachel.page.getByLabel('Open an interview kit').setInputFiles(rachelKit);
    await expect(rachel.page.getByRole('heading', { name: 'Rachel Adeyemi’s scorecard for Ines Duarte, Incident and design interview' })).toBeVisible();
    await new CandidatesPage(rachel.page).fillScorecard({ scores: { 'Incident response': '4', Observability: '3', 'Card payment flows': '2' }, recommendation: 'Strong yes' });
    await saveReply(rachel.page, rachelReply);
    await rachel.context.close();
  });

  await test.step('an altered reply is refused and nothing is written', async () => {
    const altered = JSON.parse(readFileSync(tomasReply, 'utf8')) as { data: { reply: { scorecard: { recommendation: string } } } };
    altered.data.reply.scorecard.recommendation = 'strong-no';
    const alteredPath = testInfo.outputPath('altered.json');
    writeFileSync(alteredPath, JSON.stringify(altered));
    await kits.getByLabel('Import scorecard replies').setInputFiles(alteredPath);
    await expect(kits.getByRole('alert')).toContainText('altered.json is not a scorecard reply Turbine can take: it was changed after it was saved.');
    await expect(kits.getByRole('alert')).toContainText('$.data.digest');
    await expect(kitRow('Phone screen', 'Tomás Herrera')).toContainText('no reply yet');
  });

  await test.step('both replies at once: a preview that names who and which stage, never the scores, then their scorecards', async () => {
    await kits.getByLabel('Import scorecard replies').setInputFiles([tomasReply, rachelReply]);
    const preview = page.getByRole('region', { name: 'Scorecard replies to take in' });
    await expect(preview.getByRole('listitem')).toHaveCount(2);
    await expect(preview).toContainText('Tomás Herrera’s scorecard for Ines Duarte, Phone screen');
    await expect(preview).toContainText('Becomes Rachel Adeyemi’s submitted scorecard.');
    await expect(preview).not.toContainText('Strong yes');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath('preview.png'), fullPage: true });
    await preview.getByRole('button', { name: 'Take in 2 scorecards' }).click();
    await expect(kits.getByRole('status').filter({ hasText: /^Took in 2 scorecards\./ })).toBeVisible();
    await expect(kitRow('Phone screen', 'Tomás Herrera')).toContainText('Scorecard submitted 23 Nov 2026, from their reply');
    await expect(kitRow('Phone screen', 'Tomás Herrera').getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('listitem').filter({ hasText: 'Phone screen: Tomás Herrera —' })).toHaveText('Phone screen: Tomás Herrera — submitted 23 Nov 2026 (from their kit)');
    // Seen as Tomás, his scorecard is there as he wrote it.
    await candidates.viewAs('Tomás Herrera (interviewer)');
    await expect(candidates.scorecard('Tomás Herrera’s scorecard, Phone screen')).toContainText('Walked through a refund outage, triage first.');
    await candidates.viewAs('The hiring manager');
  });

  await test.step('a second reply for the same kit: keep or replace, as the manager chooses', async () => {
    // Tomás changes his mind the next hour: his kit and scorecard are still in his browser.
    await mine.clock.fastForward('01:00:00');
    await mine.reload();
    await expect(mine.getByText(/your last reply saved 23 Nov 2026$/)).toBeVisible();
    await new CandidatesPage(mine).fillScorecard({ scores: { 'Partner communication': '3' }, recommendation: 'Strong yes' });
    const corrected = testInfo.outputPath('tomas-corrected.json');
    await saveReply(mine, corrected);

    await kits.getByLabel('Import scorecard replies').setInputFiles(corrected);
    const choice = page.getByRole('group', { name: 'Tomás Herrera already has a scorecard submitted 23 Nov 2026 from an earlier reply for Phone screen. Which should stay?' });
    await expect(choice.getByRole('radio', { name: 'Keep the one in Turbine, leave this reply out' })).toBeChecked();
    const take = page.getByRole('region', { name: 'Scorecard replies to take in' }).getByRole('button', { name: /^Take in/ });
    await expect(take).toHaveText('Take in 0 scorecards');
    await expect(take).toBeDisabled();
    await choice.getByRole('radio', { name: 'Replace it with this reply' }).check();
    await take.click();
    await expect(kits.getByRole('status').filter({ hasText: /^Took in 1 scorecard\./ })).toBeVisible();
    await candidates.viewAs('Tomás Herrera (interviewer)');
    await expect(candidates.scorecard('Tomás Herrera’s scorecard, Phone screen')).toContainText('Strong yes');
    await candidates.viewAs('The hiring manager');
    await page.screenshot({ path: testInfo.outputPath('manager.png'), fullPage: true });
  });

  await test.step('Tomás clears the kit from his browser', async () => {
    await mine.getByRole('button', { name: 'Clear from this browser' }).click();
    await mine.getByRole('button', { name: 'Clear it' }).click();
    await expect(mine.getByRole('heading', { name: 'Tomás Herrera’s scorecard for Ines Duarte, Phone screen' })).toHaveCount(0);
    await mine.reload();
    await expect(mine.getByLabel('Open an interview kit')).toBeVisible();
    await expect(mine.getByRole('heading', { level: 2 })).toHaveText(['Your interview kits']);
    await tomas.context.close();
  });

  await test.step('export, start over and import: the kits come back, so a reply taken in before is known', async () => {
    await data.goto();
    const exported = await data.exportWorkspace();
    await data.startOver();
    await data.importFile(exported, 'replace');
    await candidates.goto();
    await candidates.open('Ines Duarte');
    await kits.getByLabel('Import scorecard replies').setInputFiles(rachelReply);
    await expect(page.getByRole('region', { name: 'Scorecard replies to take in' })).toContainText('Taken in already: nothing to do.');
  });
});
