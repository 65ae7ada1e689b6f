import { GradePanel, GradesPage } from './pages/grading';
import { RubricEditor } from './pages/rubric';
import { WorkbenchPage } from './pages/workbench';
import { getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';

test.beforeEach(async () => {
  await mock.reset();
});

/** A problem set of one problem, imported through the API; returns the problem's id. */
async function importProblem(
  request: import('@playwright/test').APIRequestContext,
  record: Record<string, unknown>,
): Promise<string> {
  const res = await request.post('/api/problems/import', {
    data: JSON.stringify([record]),
    headers: { 'Content-Type': 'application/json' },
  });
  expect(res.ok(), await res.text()).toBe(true);
  const list = await (
    await request.get(`/api/problems?q=${encodeURIComponent(String(record.id))}`)
  ).json();
  return list.problems[0].id;
}

test('a rubric is written on the problem page, then a session is graded by checkpoint by the grader and by a person', async ({
  page,
  request,
}) => {
  const key = `RUB-${Date.now()}`;
  const problemId = await importProblem(request, {
    id: key,
    problem:
      'Prove that $\\frac{a}{b+c}+\\frac{b}{c+a}+\\frac{c}{a+b} \\ge \\frac{3}{2}$ for positive reals.',
    solution: 'Normalise $a+b+c=1$ and use the tangent line at $x = 1/3$.',
    'grading guidelines': '(Partial) 1. Normalises and reduces to one variable.',
  });

  // The API refuses a rubric above 7 points, and nothing is stored.
  const over = await request.put(`/api/problems/${problemId}/rubric`, {
    data: {
      checkpoints: [
        { id: 'a', text: 'x', points: 4 },
        { id: 'b', text: 'y', points: 4 },
      ],
      zeroCredit: [],
      deductions: [],
    },
  });
  expect(over.status()).toBe(400);
  expect((await over.json()).error.message).toContain('add up to 8 points, more than 7');
  expect((await (await request.get(`/api/problems/${problemId}/rubric`)).json()).rubric).toBeNull();

  // Written by hand on the problem page; the total is shown as it is typed.
  const rubric = new RubricEditor(page);
  await rubric.openProblem(key);
  await expect(page.getByTestId('rubric-none')).toBeVisible();
  await rubric.write();
  await rubric.setCheckpoint(0, 'Normalises $a+b+c=1$.', 2);
  await rubric.setCheckpoint(1, 'Proves the tangent-line bound.', 6);
  await expect(rubric.formTotal).toHaveText('8 / 7 points');
  await expect(rubric.save).toBeDisabled();
  await rubric.setCheckpoint(1, 'Proves the tangent-line bound.', 4);
  await rubric.setCheckpoint(2, 'Sums and finds the equality case.', 1);
  await expect(rubric.formTotal).toHaveText('7 / 7 points');
  await page.getByTestId('rubric-zero-credit').fill('Checking $a=b=c$ only.');
  await rubric.addDeduction('Wrong equality case.', 1);
  await shotsAt(page, 'rubric-form', rubric.form);
  await rubric.save.click();
  await expect(rubric.view).toBeVisible();
  await expect(rubric.view).toContainText('Proves the tangent-line bound.');
  await expect(rubric.view).toContainText('Wrong equality case.');
  await expect(page.getByTestId('rubric-total')).toHaveText('7 / 7 points');
  await shotsAt(page, 'rubric-view', rubric.section);
  const stored = (await (await request.get(`/api/problems/${problemId}/rubric`)).json()).rubric;
  expect(stored.checkpoints.map((c: { id: string; points: number }) => [c.id, c.points])).toEqual([
    ['C1', 2],
    ['C2', 4],
    ['C3', 1],
  ]);
  expect(stored.deductions).toEqual([{ id: 'D1', text: 'Wrong equality case.', points: 1 }]);

  // A session on the problem; the scripted generator writes its flawed proof.
  await page.getByTestId('start-session').click();
  await expect(page).toHaveURL(/\/sessions\//);
  const sessionId = page.url().split('/sessions/')[1];
  const wb = new WorkbenchPage(page);
  await wb.run('generate');

  // The grader awards each checkpoint with a reason (the flawed proof earns C1 only).
  const grade = new GradePanel(page);
  await grade.open();
  await grade.gradeWithModel();
  await expect(grade.autoGrade).toHaveText('2 / 7');
  await expect(grade.autoAward('C1')).toContainText('2 / 2');
  await expect(grade.autoAward('C1')).toContainText('Reached and justified.');
  await expect(grade.autoAward('C2')).toContainText('0 / 4');
  await expect(grade.autoAward('C2')).toContainText('the key estimate is false');
  await expect(page.getByTestId('auto-awards-mismatch')).toHaveCount(0);
  const grading = (await mock.log()).filter((r) => r.kind === 'grading');
  expect(grading).toHaveLength(1);
  const prompt = grading[0].messages.map((m) => m.content).join('\n');
  expect(prompt).toContain('## Rubric');
  expect(prompt).toContain('- [C2] (4 points) Proves the tangent-line bound.');
  expect(prompt).toContain('<points>N out of 7</points>');

  // The person grades by clicking awards; the deduction subtracts; the total follows.
  await grade.award('C1', 2);
  await grade.award('C2', 3);
  await grade.award('C3', 1);
  await expect(grade.checkpointTotal).toHaveText('this grading: 6 / 7');
  await grade.deduct('D1');
  await expect(grade.checkpointTotal).toHaveText('this grading: 5 / 7');
  await grade.save('The bound holds for x ≥ 1/3 only; the equality case is wrong.');
  await expect(grade.humanGrade).toHaveText('5 / 7');
  await shotsAt(page, 'grade-by-checkpoint', grade.autoAwards);

  await page.reload();
  await grade.open();
  await expect(grade.humanGrade).toHaveText('5 / 7');
  await expect(page.getByTestId('award-C2-3')).toHaveAttribute('aria-pressed', 'true');
  const session = await getSession(request, sessionId);
  expect(session.grade.auto).toMatchObject({ points: 2 });
  expect(session.grade.human).toMatchObject({ points: 5 });

  // The API: awards by checkpoint, the capped sum stored; unknown ids refused.
  const byApi = await request.put(`/api/sessions/${sessionId}/grade`, {
    data: { checkpoints: { C1: 2, C2: 4, C3: 1 }, rationale: 'Complete after all.' },
  });
  expect(byApi.status()).toBe(200);
  expect((await byApi.json()).human).toMatchObject({ points: 7, rationale: 'Complete after all.' });
  const unknown = await request.put(`/api/sessions/${sessionId}/grade`, {
    data: { checkpoints: { C9: 1 }, rationale: '' },
  });
  expect(unknown.status()).toBe(400);

  // /grades: agreement per checkpoint (grader vs person).
  const grades = new GradesPage(page);
  await grades.goto();
  const c2 = grades.checkpointAgreement.locator('[data-checkpoint="C2"]').filter({ hasText: key });
  await expect(c2).toContainText('0%');
  await expect(
    grades.checkpointAgreement.locator('[data-checkpoint="C1"]').filter({ hasText: key }),
  ).toContainText('100%');
  await shotsAt(page, 'checkpoint-agreement', grades.checkpointAgreement);

  // The rubric is edited later: the grader's awards still read as they were given.
  const edited = await request.put(`/api/problems/${problemId}/rubric`, {
    data: {
      checkpoints: [{ id: 'C1', text: 'Any complete proof.', points: 7 }],
      zeroCredit: [],
      deductions: [],
    },
  });
  expect(edited.status()).toBe(200);
  await page.goto(`/sessions/${sessionId}`);
  await grade.open();
  await expect(page.getByTestId('auto-awards-rubric-edited')).toContainText(
    'The rubric has been edited since this grade',
  );
  await expect(grade.autoAward('C2')).toContainText('0 / 4');
  await expect(grade.autoAward('C2')).toContainText('Proves the tangent-line bound.');
  await shotsAt(page, 'grade-rubric-edited', grade.autoAwards);

  // Removed on the problem page: grading goes back to the scale; the grade keeps its copy.
  await rubric.openProblem(key);
  page.once('dialog', (d) => d.accept());
  await rubric.section.getByTestId('rubric-remove').click();
  await expect(page.getByTestId('rubric-none')).toBeVisible();
  expect((await (await request.get(`/api/problems/${problemId}/rubric`)).json()).rubric).toBeNull();
  await page.goto(`/sessions/${sessionId}`);
  await grade.open();
  await expect(page.getByTestId('auto-awards-rubric-edited')).toContainText(
    'The rubric has been removed since this grade',
  );
  await expect(grade.autoAward('C2')).toContainText('Proves the tangent-line bound.');
});

test('the grader model drafts a rubric from the reference solution, and the person edits it before saving', async ({
  page,
  request,
}) => {
  const key = `DRAFT-${Date.now()}`;
  await importProblem(request, {
    id: key,
    problem: 'Prove Nesbitt’s inequality.',
    solution: 'REFERENCE: normalise and use the tangent line.',
    'grading guidelines': 'GUIDELINES: (Partial) 1. Normalisation.',
  });
  const rubric = new RubricEditor(page);
  await rubric.openProblem(key);
  await rubric.draftWithModel();
  await expect(rubric.formTotal).toHaveText('7 / 7 points');
  // What the draft cost is said where it is edited (the scripted server reports usage).
  await expect(page.getByTestId('rubric-draft-cost')).toContainText(
    /Drafted by the grader model: [1-9][\d,]* prompt and [1-9][\d,]* answer tokens/,
  );
  await shotsAt(page, 'rubric-draft', rubric.section);
  await expect(rubric.checkpoints()).toHaveCount(3);
  await expect(rubric.checkpoints().nth(1).getByTestId('rubric-checkpoint-text')).toHaveValue(
    /Alternatively: applies Cauchy-Schwarz/,
  );
  const draft = (await mock.log()).filter((r) => r.kind === 'rubric-drafting');
  expect(draft).toHaveLength(1);
  const prompt = draft[0].messages.map((m) => m.content).join('\n');
  expect(prompt).toContain('REFERENCE: normalise');
  expect(prompt).toContain('GUIDELINES: (Partial) 1.');
  // Edited: the last checkpoint loses its point to the first.
  await rubric.setCheckpoint(2, 'Sums the bounds.', 0);
  await rubric.setCheckpoint(0, 'Normalises a + b + c = 1 and reduces to one variable.', 3);
  await rubric.save.click();
  await expect(rubric.view).toContainText('Normalises a + b + c = 1 and reduces to one variable.');
  await expect(page.getByTestId('rubric-total')).toHaveText('7 / 7 points');
});
