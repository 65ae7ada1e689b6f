import { expect, type Locator, type Page } from '@playwright/test';

/** Many verifiers, meta-verification, autopilot and search, as a user works them. */
export class LaunchPage {
  readonly progress: Locator;
  /** How a finished multi-step run ended, in words, in its tone. */
  readonly outcome: Locator;
  /** The footer's run state ("autopilot: Verification incomplete"). */
  readonly runStatus: Locator;

  constructor(readonly page: Page) {
    this.progress = page.getByTestId('run-progress');
    this.outcome = page.getByTestId('run-outcome');
    this.runStatus = page.getByTestId('run-status');
  }

  /** Verifier samples per Verify, set in the run bar's verification settings. */
  async setSamples(n: number) {
    await this.page.getByTestId('verify-settings').click();
    const field = this.page.getByTestId('verify-samples');
    await field.fill(String(n));
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByTestId('verify-settings-panel')).toBeHidden();
    await expect(this.page.getByTestId('verify-button')).toContainText(n > 1 ? `×${n}` : 'Verify');
  }

  /** Rounds and Search are full-width views (header); Samples is a side tab of the Proof view. */
  async openTab(id: 'findings' | 'samples' | 'rounds' | 'search') {
    if (id === 'samples' || id === 'findings') {
      await this.page.getByTestId('side-tab-proof-view').click();
    }
    await this.page.getByTestId(`side-tab-${id}`).click();
  }

  /** The "found by k of n" line of the finding with this severity. */
  support(severity: string): Locator {
    return this.page
      .locator(`[data-testid="finding"][data-severity="${severity}"]:not([data-source="checker"])`)
      .getByTestId('finding-support');
  }

  distribution(): Locator {
    return this.page.getByTestId('dist-item');
  }

  async startAutopilot(
    opts: { maxRounds?: number; pauseEachRound?: boolean; byParts?: boolean } = {},
  ) {
    await this.page.getByTestId('autopilot-button').click();
    if (opts.maxRounds) {
      await this.page.getByTestId('autopilot-max-rounds').fill(String(opts.maxRounds));
    }
    if (opts.pauseEachRound) await this.page.getByTestId('autopilot-pause').check();
    if (opts.byParts) await this.page.getByTestId('autopilot-by-parts').check();
    await this.page.getByTestId('autopilot-start').click();
  }

  async waitForOutcome(pattern: RegExp, timeout = 120_000) {
    await expect(this.progress).toHaveAttribute('data-outcome', pattern, { timeout });
  }

  searchView(): Locator {
    return this.page.getByTestId('search-view');
  }

  /** Whether an element shows all of its text (not cut by an ellipsis or a line clamp). */
  fullyShown(locator: Locator): Promise<boolean> {
    return locator.evaluate(
      (el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1,
    );
  }

  /** The text colour an element is painted in, as the browser computed it. */
  color(locator: Locator): Promise<string> {
    return locator.evaluate((el) => getComputedStyle(el).color);
  }

  /** The colour a design token resolves to on this page ("--pass" → "rgb(27, 122, 67)"). */
  token(name: string): Promise<string> {
    return this.page.evaluate((n) => {
      const probe = document.createElement('span');
      probe.style.color = `var(${n})`;
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    }, name);
  }
}
