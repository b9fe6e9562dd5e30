/** The Data page, as a manager uses it. */
import { expect, type Page, type TestInfo } from '@playwright/test';

export class DataPage {
  readonly page: Page;
  readonly testInfo: TestInfo;

  constructor(page: Page, testInfo: TestInfo) {
    this.page = page;
    this.testInfo = testInfo;
  }

  async goto() {
    await this.page.goto('/data/');
    await expect(this.page.getByRole('button', { name: 'Export workspace' })).toBeVisible();
  }

  get fileInput() {
    return this.page.getByLabel('Workspace file');
  }

  get refusal() {
    return this.page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  }

  async chooseFile(path: string) {
    await this.fileInput.setInputFiles(path);
  }

  /** Chooses a file, checks the preview appears, picks the mode and imports. */
  async importFile(path: string, mode: 'merge' | 'replace') {
    await this.chooseFile(path);
    await expect(this.page.getByRole('table')).toBeVisible();
    await this.page.getByRole('radio', { name: mode === 'replace' ? 'Replace my workspace' : 'Merge into my workspace' }).check();
    await this.page.getByRole('button', { name: mode === 'replace' ? 'Replace workspace' : 'Merge into workspace' }).click();
    await expect(this.page.getByText(/^Imported /)).toBeVisible();
  }

  /** Exports and returns the path of the downloaded file. */
  async exportWorkspace(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export workspace' }).click();
    const file = await download;
    const path = this.testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(path);
    await expect(this.page.getByText(/^Exported \d/)).toBeVisible();
    return path;
  }

  async startOver() {
    await this.page.getByRole('button', { name: 'Start over…' }).click();
    // The safe answer has the focus, so Enter cannot delete by accident.
    await expect(this.page.getByRole('button', { name: 'Keep my data' })).toBeFocused();
    await this.page.getByRole('button', { name: 'Delete everything' }).click();
    await expect(this.page.getByText('Your workspace is empty.')).toBeVisible();
  }

  async loadSample() {
    await this.page.getByRole('button', { name: 'Try it with a sample team' }).click();
    await expect(this.page.getByRole('button', { name: 'Remove sample data' })).toBeVisible();
  }
}
