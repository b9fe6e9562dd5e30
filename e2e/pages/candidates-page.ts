/** Hire → Candidates, as a hiring manager and the interviewers use it. */
import { expect, type Page } from '@playwright/test';

export interface ScorecardEntry {
  scores: Record<string, '1' | '2' | '3' | '4' | 'No signal'>;
  evidence?: Record<string, string>;
  recommendation: 'Strong no' | 'No' | 'Yes' | 'Strong yes';
}

export class CandidatesPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async goto() {
    await this.page.goto('/hire/candidates/');
    await expect(this.page.getByRole('heading', { name: 'All candidates', level: 2 })).toBeVisible();
  }

  async chooseOpening(title: string) {
    await this.page.getByLabel('Opening', { exact: true }).selectOption({ label: title });
    await expect(this.page.getByRole('heading', { name: `Candidates for ${title}`, level: 2 })).toBeVisible();
  }

  async add(name: string, source: string) {
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    await this.page.getByLabel('Source', { exact: true }).fill(source);
    await this.page.getByRole('button', { name: 'Add candidate', exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Added ${name}.` })).toBeVisible();
  }

  async open(name: string) {
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: new RegExp(`^${name}`), level: 2 })).toBeVisible();
  }

  async backToList() {
    await this.page.getByRole('link', { name: /^← Candidates for/ }).click();
  }

  async moveTo(stage: string, date: string) {
    await this.page.getByLabel('Move to stage').selectOption({ label: stage });
    await this.page.getByLabel('On', { exact: true }).fill(date);
    await this.page.getByRole('button', { name: 'Move', exact: true }).click();
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(date));
    await expect(this.page.getByRole('status').filter({ hasText: `Moved to ${stage.replace(/ \(next\)$/, '')} on ${day}.` })).toBeVisible();
  }

  async viewAs(who: string) {
    await this.page.getByLabel('Viewing as').selectOption({ label: who });
  }

  scorecard(byAndStage: string) {
    return this.page.getByRole('article', { name: `${byAndStage}` });
  }

  async fillScorecard(entry: ScorecardEntry) {
    for (const [capability, score] of Object.entries(entry.scores)) {
      await this.page.getByRole('group', { name: capability, exact: true }).getByRole('radio', { name: score, exact: true }).check();
    }
    for (const [capability, text] of Object.entries(entry.evidence ?? {})) {
      await this.page.getByLabel(`Evidence for ${capability}`).fill(text);
    }
    await this.page.getByRole('group', { name: 'Overall recommendation' }).getByRole('radio', { name: entry.recommendation, exact: true }).check();
  }

  async submitScorecard() {
    await this.page.getByRole('button', { name: 'Submit scorecard' }).click();
  }
}
