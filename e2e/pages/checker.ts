import type { Locator, Page } from '@playwright/test';

/** What the deterministic checker shows in the findings tab: its counts and its findings. */
export class CheckerPanel {
  readonly summary: Locator;
  readonly skipped: Locator;
  /** Relations that hold through earlier lines (an equation specialised, values stated), with each basis. */
  readonly throughEarlier: Locator;
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByTestId('checker-summary');
    this.skipped = page.getByTestId('checker-skipped');
    this.throughEarlier = page.getByTestId('checker-through-earlier');
    this.findings = page.locator('[data-testid="finding"][data-source="checker"]');
  }

  /** The row of a relation on `line` that held through earlier lines (its line is a button). */
  heldOn(line: number): Locator {
    return this.throughEarlier
      .getByTestId('checker-held')
      .filter({ has: this.page.getByRole('button', { name: `L${line}`, exact: true }) });
  }

  /** The checker's finding that starts on `line`. */
  findingOn(line: number): Locator {
    return this.page.locator(
      `[data-testid="finding"][data-source="checker"][data-start-line="${line}"]`,
    );
  }
}
