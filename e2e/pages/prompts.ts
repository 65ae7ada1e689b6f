import { expect, type Locator, type Page } from '@playwright/test';

/** The prompt behind a round, as a person finds it: the drawer's line, its tab, the settings. */
export class PromptsPage {
  readonly line: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.line = page.getByTestId('run-prompt');
    this.panel = page.getByTestId('prompt-panel');
  }

  /** Opens the Prompt tab from the line and shows the full text of the first prompt listed. */
  async showFullText(): Promise<Locator> {
    await this.line.click();
    await expect(this.panel).toBeVisible();
    await this.panel.getByTestId('prompt-show').first().click();
    const text = this.panel.getByTestId('prompt-messages').first();
    await expect(text).toBeVisible();
    return text;
  }

  /** The settings page's row for a role. */
  settingsRow(role: string): Locator {
    return this.page.getByTestId(`prompt-set-${role}`);
  }

  /** Opens one of a role's templates on the settings page; returns its text. */
  async openTemplate(role: string, purpose: string): Promise<Locator> {
    const details = this.page.getByTestId(`prompt-template-${role}-${purpose}`);
    await details.locator('summary').click();
    const text = details.locator('pre');
    await expect(text).toBeVisible();
    return text;
  }
}
