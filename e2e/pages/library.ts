import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './select';

/** The problem library, in the words a user would use. */
export class LibraryPage {
  readonly count: Locator;
  /** The box a refused import shows: why, every bad record, and "Import N valid…". */
  readonly refused: Locator;
  readonly result: Locator;
  readonly fileInput: Locator;
  readonly submit: Locator;
  readonly skipInvalid: Locator;

  constructor(readonly page: Page) {
    this.count = page.getByTestId('library-count');
    this.refused = page.getByTestId('problem-import-refused');
    this.result = page.getByTestId('problem-import-result');
    this.fileInput = page.getByTestId('problem-import-file');
    this.submit = page.getByTestId('problem-import-submit');
    this.skipInvalid = page.getByTestId('problem-import-skip-invalid');
  }

  rows = () => this.page.getByTestId('problem-row');

  async goto() {
    await this.page.goto('/library');
    await expect(this.rows().first()).toBeVisible();
  }

  async importFile(file: string) {
    await this.page.getByTestId('problem-import-open').click();
    await this.fileInput.setInputFiles(file);
    await this.submit.click();
    return this.result;
  }

  /** Chooses a file made of `text` (as a person picks one from disk) and presses Import. */
  async uploadSet(name: string, text: string, mimeType = 'text/csv') {
    await this.page.getByTestId('problem-import-open').click();
    await this.fileInput.setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
    await expect(this.submit).toHaveText(`Import ${name}`);
    await this.submit.click();
  }

  async search(text: string) {
    await this.page.getByTestId('library-search').fill(text);
  }

  async filter(field: 'category' | 'level' | 'source', value: string) {
    await choose(this.page, `library-filter-${field}`, value);
  }
}
