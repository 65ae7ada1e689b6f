import { expect, type Page } from '@playwright/test';
import { choose } from './select';

/** The problem library, in the words a user would use. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  rows = () => this.page.getByTestId('problem-row');

  async goto() {
    await this.page.goto('/library');
    await expect(this.rows().first()).toBeVisible();
  }

  async importFile(file: string) {
    await this.page.getByTestId('problem-import-open').click();
    await this.page.getByTestId('problem-import-file').setInputFiles(file);
    await this.page.getByTestId('problem-import-submit').click();
    return this.page.getByTestId('problem-import-result');
  }

  async search(text: string) {
    await this.page.getByTestId('library-search').fill(text);
  }

  async filter(field: 'category' | 'level' | 'source', value: string) {
    await choose(this.page, `library-filter-${field}`, value);
  }
}
