import type { Locator, Page } from '@playwright/test';

/** What the deterministic checker shows in the findings tab: its counts and its findings. */
export class CheckerPanel {
  readonly summary: Locator;
  readonly skipped: Locator;
  /** Relations that hold as an earlier equation with values put in, and what each follows from. */
  readonly specialised: Locator;
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByTestId('checker-summary');
    this.skipped = page.getByTestId('checker-skipped');
    this.specialised = page.getByTestId('checker-specialised');
    this.findings = page.locator('[data-testid="finding"][data-source="checker"]');
  }

  /** The checker's finding that starts on `line`. */
  findingOn(line: number): Locator {
    return this.page.locator(
      `[data-testid="finding"][data-source="checker"][data-start-line="${line}"]`,
    );
  }
}
