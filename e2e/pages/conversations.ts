/** Design → 1:1s and Design → Decisions, as a manager uses them. */
import { expect, type Page } from '@playwright/test';

export class OneOnOnesPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async goto(personId?: string) {
    await this.page.goto(personId ? `/design/one-on-ones/?person=${personId}` : '/design/one-on-ones/');
    await expect(this.page.getByRole('heading', { name: 'Everyone', level: 2 })).toBeVisible();
  }

  /** The form that logs a new 1:1 (edit forms save with "Save changes"). */
  get newForm() {
    return this.page.locator('form').filter({ has: this.page.getByRole('button', { name: 'Save 1:1' }) });
  }

  get everyone() {
    return this.page.getByRole('region', { name: 'Everyone' });
  }

  row(name: string) {
    return this.everyone.getByRole('row', { name: new RegExp(`^${name}`) });
  }

  /** One 1:1 in the log, by its heading: "23 Nov 2026 · Getting to know you". */
  entry(heading: string | RegExp) {
    return this.page.getByRole('article', { name: heading });
  }

  async fillActionItem(form: ReturnType<Page['locator']>, n: number, text: string, owner: string) {
    await form.getByLabel(`Action item ${n}`, { exact: true }).fill(text);
    await form.getByLabel(`Owner of action item ${n}`).fill(owner);
  }
}

export class DecisionsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async goto() {
    await this.page.goto('/design/decisions/');
    await expect(this.page.getByRole('heading', { name: 'Decision records', level: 2 })).toBeVisible();
  }

  get newForm() {
    return this.page.locator('form').filter({ has: this.page.getByRole('button', { name: 'Save decision' }) });
  }

  get search() {
    return this.page.getByRole('searchbox', { name: 'Search decisions' });
  }

  get filters() {
    return this.page.getByRole('search', { name: 'Decisions' });
  }

  get status() {
    return this.filters.getByLabel('Status');
  }

  /** "4 decisions, newest first." or "Showing 1 of 5 decisions." */
  get count() {
    // Each record has a status line of its own too (what its deletion did).
    return this.page.getByRole('region', { name: 'Decision records' }).getByRole('status').filter({ hasText: /newest first\.$|^Showing / });
  }

  /** One decision record, by its title. */
  record(title: string) {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  /** The quick form: a title and three sentences; the date stays today. */
  async recordInThreeSentences(d: { title: string; decided: string; why: string; by: string }) {
    const form = this.newForm;
    await form.getByLabel('Title').fill(d.title);
    await form.getByLabel('What was decided?').fill(d.decided);
    await form.getByLabel('Why?').fill(d.why);
    await form.getByLabel('Who decides?').fill(d.by);
    await form.getByRole('button', { name: 'Save decision' }).click();
    // A title that ends its own sentence gets no second full stop after the quote.
    await expect(form.getByRole('status')).toHaveText(/[.!?]$/.test(d.title) ? `Saved “${d.title}”` : `Saved “${d.title}”.`);
  }

  /** Replaces window.print so a test can count calls and look at the page with print media instead. */
  async stubPrint() {
    await this.page.evaluate(() => {
      const w = window as unknown as { __printed: number };
      w.__printed = 0;
      window.print = () => {
        w.__printed += 1;
      };
    });
  }

  printed() {
    return this.page.evaluate(() => (window as unknown as { __printed: number }).__printed);
  }
}
