/**
 * A hiring manager calibrates the sample team's loop and looks after candidates' privacy:
 * calibration with small samples withheld and a table beside every chart, the process
 * audit, the retention setting, anonymising one candidate (their scores still count) and
 * deleting another, and a calibration export that names nobody.
 */
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './fixtures';
import type { Page } from '@playwright/test';

const hireNav = (page: Page) => page.getByRole('navigation', { name: 'Hire pages' });

/** The interviewers table's row for one interviewer. */
const interviewerRow = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Every interviewer, in order of their first scorecard' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test('calibrate the sample loop, then anonymise, delete and export without personal data', async ({ page }, testInfo) => {
  test.slow(); // one long journey: calibration, audit, retention, anonymise, delete, export
  await page.goto('/');
  await page.getByRole('button', { name: 'Try it with a sample team' }).click();
  await expect(page.getByText('You are looking at a sample team.')).toBeVisible();

  await test.step('calibration withholds small samples and has a table for every chart', async () => {
    await page.goto('/hire/');
    await hireNav(page).getByRole('link', { name: 'Calibration' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Calibration: the loop and the panel' })).toBeVisible();
    await expect(page.getByText(/Calibration from 11 submitted scorecards on 4 candidates, by 4 interviewers/)).toBeVisible();

    // Tomás Herrera has four scorecards: one short of a rate worth showing.
    const tomas = interviewerRow(page, 'Tomás Herrera');
    await expect(tomas.getByRole('cell').first()).toHaveText('4');
    await expect(tomas).toContainText('not enough scorecards yet');
    await expect(tomas).toContainText('1 strong yes, 3 yes, 0 no, 0 strong no');

    // Each chart (an image with a summary) sits beside a table of the same numbers.
    await expect(page.getByRole('table', { name: 'The funnel as a table' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Pass-through and time in stage as a table' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Scores by capability as a table' })).toBeVisible();
    await expect(page.locator('canvas[role="img"]')).toHaveCount(2);
    await expect(page.locator('canvas[role="img"]').first()).toHaveAttribute('aria-label', /^Funnel for Software engineer, payments reliability: Candidates 4, Phone screen 4/);
    const funnel = page.getByRole('table', { name: 'The funnel as a table' });
    await expect(funnel.getByRole('row', { name: 'Hired 1' })).toBeVisible();
    // No interviewer has five compared scorecards: the leniency chart says so instead of drawing noise.
    await expect(page.getByText('No interviewer has enough compared scorecards for a chart yet')).toBeVisible();

    const stages = page.getByRole('table', { name: 'Pass-through and time in stage as a table' });
    await expect(stages.getByRole('row').filter({ hasText: 'Phone screen' })).toContainText('not enough candidates yet (3 of 5)');

    await page.screenshot({ path: testInfo.outputPath('calibration.png'), fullPage: true });
    await expectNoAxeViolations(page);
  });

  await test.step('the process audit lists the take-home over its time box', async () => {
    const audit = page.getByRole('region', { name: /^Process audit/ });
    await expect(audit.getByRole('heading', { name: 'Take-homes over their time box (1)' })).toBeVisible();
    await expect(audit.getByRole('listitem').filter({ hasText: 'Diego Alvarez reported 5 hours on Take-home: observability exercise, over its 3-hour time box.' })).toBeVisible();
  });

  await test.step('shorten retention: two closed candidates fall due', async () => {
    await hireNav(page).getByRole('link', { name: 'Privacy' }).click();
    await expect(page.getByRole('heading', { name: 'Due for removal (0)' })).toBeVisible();
    await expect(page.getByLabel('Days to keep a closed candidate’s personal data')).toHaveValue('180');
    await page.getByLabel('Days to keep a closed candidate’s personal data').fill('14');
    await page.getByRole('button', { name: 'Save retention' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved: personal data is due 14 days after' })).toBeVisible();
    const due = page.getByRole('region', { name: 'Due for removal (2)' });
    // Diego was turned down 25 days ago, Hana withdrew 17 days ago.
    await expect(due.getByRole('row')).toHaveCount(3);
    await expect(due.getByRole('row', { name: /Diego Alvarez/ })).toContainText('12 Nov 2026');
    await expect(due.getByRole('row', { name: /Hana Sato/ })).toContainText('20 Nov 2026');
    await page.reload();
    await expect(page.getByLabel('Days to keep a closed candidate’s personal data')).toHaveValue('14');
    await expectNoAxeViolations(page);
  });

  await test.step('anonymise Diego after seeing exactly what goes', async () => {
    await page.getByRole('button', { name: 'Anonymise Diego Alvarez' }).click();
    const confirm = page.getByRole('region', { name: 'Anonymise Diego Alvarez?' });
    // The safe answer has the focus, so Enter cannot remove by accident.
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expect(confirm.getByRole('list', { name: 'What will be removed' }).getByRole('listitem')).toHaveText([
      'Name',
      'Contact details',
      'Notes',
      'Decision rationale',
      'Evidence notes on scorecards (5)',
    ]);
    await page.screenshot({ path: testInfo.outputPath('privacy-confirm.png'), fullPage: true });
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Confirm: anonymise' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Anonymised. Removed name, contact details, notes, decision rationale' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Due for removal (1)' })).toBeVisible();
    await expect(page.getByText('Diego Alvarez')).toHaveCount(0);
    await expect(page.getByText('1 candidate is already anonymised.')).toBeVisible();
  });

  await test.step('delete Hana, scorecards and all', async () => {
    await page.getByRole('button', { name: 'Delete Hana Sato' }).click();
    const confirm = page.getByRole('region', { name: 'Delete Hana Sato?' });
    await expect(confirm.getByRole('listitem')).toContainText(['Candidate record (name, contact, source and notes)', 'Stage moves', 'Scorecards', 'Scores (2)']);
    await confirm.getByRole('button', { name: 'Confirm: delete' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted the candidate with 1 scorecard.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Due for removal (0)' })).toBeVisible();
    await expect(page.getByText('Hana Sato')).toHaveCount(0);
  });

  await test.step('calibration still counts the anonymised scores, not the deleted ones', async () => {
    await hireNav(page).getByRole('link', { name: 'Calibration' }).click();
    await expect(page.getByText(/Calibration from 10 submitted scorecards on 3 candidates/)).toBeVisible();
    // Tomás scored Kwame, Lena and the anonymised Diego; his card on Hana went with her.
    await expect(interviewerRow(page, 'Tomás Herrera').getByRole('cell').first()).toHaveText('3');
    // Priya's card on Diego still counts.
    await expect(interviewerRow(page, 'Priya Raman').getByRole('cell').first()).toHaveText('3');
    const audit = page.getByRole('region', { name: /^Process audit/ });
    await expect(audit.getByRole('listitem').filter({ hasText: /^Anonymised candidate [0-9A-F]{6} reported 5 hours/ })).toBeVisible();
    await expect(page.getByText('Diego Alvarez')).toHaveCount(0);
  });

  await test.step('export calibration data: a versioned file that names nobody', async () => {
    await hireNav(page).getByRole('link', { name: 'Privacy' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export calibration data' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('turbine-calibration-2026-11-23.json');
    await expect(page.getByRole('status').filter({ hasText: 'Exported turbine-calibration-2026-11-23.json: 3 anonymised candidates and 10 scorecards' })).toBeVisible();
    const text = readFileSync(await file.path(), 'utf8');
    const json = JSON.parse(text) as { format: string; formatVersion: number; data: Record<string, unknown[]> };
    expect(json.format).toBe('turbine-calibration');
    expect(json.formatVersion).toBe(1);
    expect(json.data.candidates).toHaveLength(3);
    expect(json.data.scorecards).toHaveLength(10);
    for (const name of ['Kwame', 'Mensah', 'Lena', 'Fischer', 'Diego', 'Hana', 'Tomás', 'Priya', 'Amara', 'Rachel', 'Adeyemi', 'Jonas', '@example.com', 'Engineering manager']) {
      expect(text, `the calibration file mentions ${name}`).not.toContain(name);
    }
    await expectNoAxeViolations(page);
  });
});
