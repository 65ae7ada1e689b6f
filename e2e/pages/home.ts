import { expect, type Page } from '@playwright/test';

export class HomePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/');
  }

  /** Creates a session from the form and waits for its workbench. */
  async createSession(problem: string, title?: string): Promise<string> {
    await this.goto();
    if (title) await this.page.getByTestId('title-input').fill(title);
    await this.page.getByTestId('problem-input').fill(problem);
    await this.page.getByTestId('create-session').click();
    await expect(this.page).toHaveURL(/\/sessions\/[\w-]+$/);
    return this.page.url().split('/').pop() as string;
  }
}
