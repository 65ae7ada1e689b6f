import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { GradePanel, GradesPage } from './pages/grading';
import { WorkbenchPage } from './pages/workbench';
import { corpusFile } from './support/corpus';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';

const IMO = corpusFile('deepseek-math-v2/IMO-ProofBench-Basic.jsonl');
const PUTNAM = corpusFile('deepseek-math-v2/Putnam2024.jsonl');
test.skip(!IMO.present || !PUTNAM.present, IMO.reason);

/** Imports a DeepSeekMath-V2 outputs file; returns the session id of each record by its id. */
async function importOutputs(request: APIRequestContext, file: string) {
  const res = await request.post('/api/review/import', {
    data: fs.readFileSync(file, 'utf8'),
    headers: { 'Content-Type': 'application/x-ndjson' },
  });
  expect(res.status(), await res.text()).toBe(201);
  const body = await res.json();
  return new Map<string, string>(
    body.records.map((r: { id: string; sessionId: string }) => [r.id, r.sessionId]),
  );
}

test.beforeEach(async () => {
  await mock.reset();
});

test('the calibration chart shows the corpus’s DeepSeekMath-V2 proofs and lists those the verifier passed but a person graded low', async ({
  page,
  request,
}) => {
  const imo = await importOutputs(request, IMO.path);
  const putnam = await importOutputs(request, PUTNAM.path);
  expect(imo.size + putnam.size).toBe(42);

  // Imported: verifier mean 1 from an unknown number of samples; never called correct.
  const sessionId = imo.get('PB-Basic-007') as string;
  const wb = new WorkbenchPage(page);
  await wb.goto(sessionId);
  await expect(page.getByTestId('score-evidence')).toHaveText(
    'no issues found (imported score; number of samples unknown)',
  );
  // Released human grade 6/7; a teacher finds the proof's gap and grades it 1/7.
  const grade = new GradePanel(page);
  await grade.open();
  await expect(grade.humanGrade).toHaveText('6 / 7');
  await page.getByTestId('human-points-1').click();
  await grade.save('The key claim is asserted, not proved: partial progress only.');
  await expect(grade.humanGrade).toHaveText('1 / 7');

  // Putnam grades stay on their 0–10 scale.
  const cal = await (await request.get('/api/grades/calibration')).json();
  const b5 = cal.points.find(
    (p: { sessionId: string }) => p.sessionId === putnam.get('Putnam2024-B5'),
  );
  expect(b5).toMatchObject({
    verifierMean: 0.984375,
    samples: null,
    humanPoints: 8,
    maxPoints: 10,
  });
  expect(cal.passedButLow).toContain(sessionId);
  expect(cal.passedButLow).not.toContain(putnam.get('Putnam2024-B5'));

  const grades = new GradesPage(page);
  await grades.goto();
  await expect(grades.chart).toBeVisible();
  await expect(grades.chart).toBeInViewport({ ratio: 0.5 });
  expect(await grades.dots().count()).toBeGreaterThanOrEqual(42);
  await expect(grades.chart).toContainText('human points (of 10, Putnam)');
  await expect(grades.passedButLow).toBeVisible();
  const item = grades.passedButLow.locator(`[data-session-id="${sessionId}"]`);
  await expect(item).toContainText('PB-Basic-007');
  await expect(item).toContainText('human 1/7');
  await expect(item).toBeInViewport();
  // The bucket of a perfect mean counts the low grade.
  const perfect = grades.buckets.locator('[data-from="1"]');
  await expect(perfect).toContainText('1 (all passed)');
  await expect(perfect.locator('td').nth(2)).not.toHaveText('0');

  await shotsAt(page, 'calibration', grades.chart);
  if (process.env.UPDATE_SCREENSHOT) {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('calibration').screenshot({ path: 'docs/calibration.png' });
  }

  // A flagged dot links to its session.
  const dot = grades.dot(sessionId);
  await expect(dot).toHaveAttribute('data-flagged', 'true');
  await dot.click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${sessionId}$`));
});
