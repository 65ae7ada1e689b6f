import { expect, type Locator, type Page } from '@playwright/test';

/** The workbench's grade panel, graded by checkpoint when the problem has a rubric. */
export class GradePanel {
  readonly autoGrade: Locator;
  readonly autoAwards: Locator;
  readonly humanGrade: Locator;
  readonly checkpointTotal: Locator;

  constructor(readonly page: Page) {
    this.autoGrade = page.getByTestId('auto-grade');
    this.autoAwards = page.getByTestId('auto-awards');
    this.humanGrade = page.getByTestId('human-grade');
    this.checkpointTotal = page.getByTestId('checkpoint-total');
  }

  async open() {
    await this.page.getByTestId('side-tab-grade').click();
    await expect(this.page.getByTestId('grade-panel')).toBeVisible();
  }

  async gradeWithModel() {
    await this.page.getByTestId('grade-button').click();
    await expect(this.page.getByTestId('grade-run-status')).toHaveAttribute(
      'data-status',
      'succeeded',
    );
  }

  /** The grader's award row of one checkpoint. */
  autoAward = (id: string) => this.autoAwards.locator(`[data-checkpoint="${id}"]`);

  async award(id: string, points: number) {
    await this.page.getByTestId(`award-${id}-${points}`).click();
  }

  async deduct(id: string) {
    await this.page.getByTestId(`deduction-${id}`).locator('input').check();
  }

  async save(rationale: string) {
    await this.page.getByTestId('human-rationale').fill(rationale);
    await this.page.getByTestId('human-grade-save').click();
  }
}

/** `/grades`: agreement figures, agreement per checkpoint, and the calibration view. */
export class GradesPage {
  readonly chart: Locator;
  readonly passedButLow: Locator;
  readonly buckets: Locator;
  readonly checkpointAgreement: Locator;

  constructor(readonly page: Page) {
    this.chart = page.getByTestId('calibration-chart');
    this.passedButLow = page.getByTestId('passed-but-low');
    this.buckets = page.getByTestId('calibration-buckets');
    this.checkpointAgreement = page.getByTestId('checkpoint-agreement');
  }

  async goto() {
    await this.page.goto('/grades');
    await expect(this.page.getByTestId('calibration')).toBeVisible();
  }

  dots = () => this.chart.getByTestId('calibration-dot');
  dot = (sessionId: string) => this.chart.locator(`[data-session-id="${sessionId}"]`);
}
