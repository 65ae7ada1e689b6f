import { expect, type Page } from '@playwright/test';

/** The bulk import page and the review queue. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  current = () => this.page.getByTestId('review-current');
  position = () => this.page.getByTestId('review-position');
  items = () => this.page.getByTestId('review-item');

  async importFile(file: string) {
    await this.page.goto('/review/import');
    await this.page.getByTestId('review-import-file').setInputFiles(file);
  }

  async commitAndOpenQueue() {
    await this.page.getByTestId('review-import-submit').click();
    await this.page.getByTestId('review-open-queue').click();
    await expect(this.page).toHaveURL(/\/review\?batch=/);
    await expect(this.current()).toBeVisible();
  }

  async currentSessionId(): Promise<string> {
    return (await this.current().getAttribute('data-session-id')) ?? '';
  }
}
