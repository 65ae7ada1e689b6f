import { expect, type Locator, type Page } from '@playwright/test';

export type FindingInput = {
  severity: 'critical' | 'gap' | 'minor';
  category?: string;
  description: string;
  suggestion?: string;
};

/** The dialog a person writes a finding in, and the finding cards it leads to. */
export class PersonFindings {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('finding-dialog');
  }

  /**
   * Selects whole lines in the editor as a person does with the mouse: scrolls the editor
   * until the first line is drawn (Monaco draws only what is in view, and an open comment box
   * scrolls the editor to show itself), then a click on the first line's number and a
   * shift-click on the last's.
   */
  async selectLines(editor: Locator, start: number, end: number) {
    const number = (n: number) =>
      editor.locator('.line-numbers').filter({ hasText: new RegExp(`^${n}$`) });
    const lines = editor.locator('.line-numbers');
    await expect(lines.first()).toBeVisible();
    if (!(await number(start).count())) {
      const shown = (await lines.allInnerTexts()).map(Number).filter((n) => n > 0);
      await editor.hover();
      await expect(async () => {
        await this.page.mouse.wheel(0, Math.min(...shown) > start ? -120 : 120);
        await expect(number(start)).toBeVisible({ timeout: 300 });
      }).toPass();
    }
    await number(start).click();
    await number(end).click({ modifiers: ['Shift'] });
  }

  /** Fills the open dialog and saves; waits until it closes. */
  async fill(f: FindingInput) {
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByTestId(`finding-form-severity-${f.severity}`).check();
    if (f.category) await this.dialog.getByTestId('finding-form-category').selectOption(f.category);
    await this.dialog.getByTestId('finding-form-description').fill(f.description);
    if (f.suggestion) await this.dialog.getByTestId('finding-form-suggestion').fill(f.suggestion);
    await this.dialog.getByTestId('finding-form-save').click();
    await expect(this.dialog).toBeHidden();
  }

  /** The findings list's cards a person wrote. */
  cards() {
    return this.page.locator('[data-testid="finding"][data-source="person"]');
  }

  card(description: string) {
    return this.cards().filter({ hasText: description });
  }

  /** Answers in a card's thread, optionally setting the decision with the reply. */
  async reply(card: Locator, text: string, decision?: string) {
    await card.getByTestId('reply-open').click();
    await card.getByTestId('reply-text').fill(text);
    if (decision) await card.getByTestId('reply-decision').selectOption(decision);
    await card.getByTestId('reply-send').click();
    await expect(card.getByTestId('finding-reply').filter({ hasText: text })).toBeVisible();
  }
}

/** True when the element's box is inside the window (what a person can see without scrolling). */
export async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth
    );
  });
}
