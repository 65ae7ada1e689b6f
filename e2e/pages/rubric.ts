import { expect, type Locator, type Page } from '@playwright/test';

/** A problem's rubric on its library page: written by hand, or drafted by the grader model. */
export class RubricEditor {
  readonly section: Locator;
  readonly form: Locator;
  readonly formTotal: Locator;
  readonly save: Locator;
  readonly view: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('rubric-section');
    this.form = page.getByTestId('rubric-form');
    this.formTotal = page.getByTestId('rubric-form-total');
    this.save = page.getByTestId('rubric-save');
    this.view = page.getByTestId('rubric-view');
  }

  /** Opens the library on the first problem matching `search`. */
  async openProblem(search: string) {
    await this.page.goto('/library');
    await this.page.getByTestId('library-search').fill(search);
    // The list filters after typing; wait for the row that carries this key rather than
    // clicking whichever row is first while the unfiltered list is still shown.
    const row = this.page.getByTestId('problem-row').filter({ hasText: search });
    await expect(row).toHaveCount(1);
    await row.click();
    await expect(this.section).toBeVisible();
  }

  async write() {
    await this.section.getByTestId('rubric-edit').click();
    await expect(this.form).toBeVisible();
  }

  async draftWithModel() {
    await this.section.getByTestId('rubric-draft').click();
    await expect(this.form).toBeVisible();
  }

  checkpoints = () => this.form.getByTestId('rubric-checkpoint');
  deductions = () => this.form.getByTestId('rubric-deduction');

  /** Fills the n-th checkpoint row (0-based), adding rows as needed. */
  async setCheckpoint(n: number, text: string, points: number) {
    while ((await this.checkpoints().count()) <= n) {
      await this.form.getByTestId('rubric-add-checkpoint').click();
    }
    const row = this.checkpoints().nth(n);
    await row.getByTestId('rubric-checkpoint-text').fill(text);
    await row.getByTestId('rubric-checkpoint-points').fill(String(points));
  }

  async addDeduction(text: string, points: number) {
    await this.form.getByTestId('rubric-add-deduction').click();
    const row = this.deductions().last();
    await row.getByTestId('rubric-deduction-text').fill(text);
    await row.getByTestId('rubric-deduction-points').fill(String(points));
  }
}
