import Papa from 'papaparse';
import { MOCK_FLAWED_LINE, MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { createSession, getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { runAndWait } from './support/rounds';
import { shotsAt } from './support/screenshots';

test.beforeEach(async () => {
  await mock.reset();
});

test('grade with the grader model against the reference, then override with a human grade', async ({
  page,
  request,
}) => {
  // A session started from a built-in problem carries its reference and guidelines.
  const lib = await (await request.get(`/api/problems?q=${encodeURIComponent('Nesbitt')}`)).json();
  const problem = await (await request.get(`/api/problems/${lib.problems[0].id}`)).json();
  const sessionId = (await (await request.post(`/api/problems/${problem.id}/sessions`)).json()).id;
  await request.patch(`/api/sessions/${sessionId}`, { data: { problem: MOCK_PROBLEM } });
  expect((await runAndWait(request, sessionId, 'generate')).status).toBe('succeeded');

  const wb = new WorkbenchPage(page);
  await wb.goto(sessionId);
  await page.getByTestId('side-tab-grade').click();
  await expect(page.getByTestId('auto-grade')).toHaveAttribute('data-points', '');
  await page.getByTestId('grade-button').click();
  await expect(page.getByTestId('grade-run-status')).toHaveAttribute('data-status', 'succeeded');
  // The scripted grader gives 1 point to the draft with the planted flaw.
  await expect(page.getByTestId('auto-grade')).toHaveAttribute('data-points', '1');
  await expect(page.getByTestId('auto-grade-reasons')).toContainText('partial progress');
  // The grader's reasoning behind its points, on demand.
  const reasoning = page.getByTestId('auto-grade-reasoning');
  await expect(reasoning).toContainText(/Grader’s reasoning \([\d,]+ characters\)/);
  const why = reasoning.getByText(/^Compare the proof with the reference solution/);
  await expect(why).toBeHidden();
  await reasoning.locator('summary').click();
  await expect(why).toBeInViewport();
  await shotsAt(page, 'grader-reasoning', reasoning);

  const grading = (await mock.log()).filter((r) => r.kind === 'grading');
  expect(grading).toHaveLength(1);
  const prompt = grading[0].messages.map((m) => m.content).join('\n');
  expect(prompt).toContain('out of 7');
  expect(prompt).toContain(problem.solution.slice(0, 60));
  expect(prompt).toContain(problem.guidelines.slice(0, 40));
  expect(prompt).toContain(MOCK_FLAWED_LINE);

  await page.getByTestId('human-points-3').click();
  await page
    .getByTestId('human-rationale')
    .fill('The set-up earns more than the guidelines allow: 3 points.');
  await page.getByTestId('human-grade-save').click();
  await expect(page.getByTestId('human-grade')).toHaveAttribute('data-points', '3');

  // Both are kept, and GET /api/sessions/:id has them.
  await page.reload();
  await page.getByTestId('side-tab-grade').click();
  await expect(page.getByTestId('human-grade')).toHaveAttribute('data-points', '3');
  await expect(page.getByTestId('auto-grade')).toHaveAttribute('data-points', '1');
  const stored = await getSession(request, sessionId);
  expect(stored.grade.auto).toMatchObject({ points: 1 });
  expect(stored.grade.auto?.reasons).toContain('partial progress');
  expect(stored.grade.human).toMatchObject({
    points: 3,
    rationale: 'The set-up earns more than the guidelines allow: 3 points.',
  });

  // Grading again replaces the automatic grade only.
  expect((await runAndWait(request, sessionId, 'grade')).status).toBe('succeeded');
  expect((await getSession(request, sessionId)).grade.human?.points).toBe(3);

  // Agreement over the set and the CSV of all grades.
  await page.goto('/grades');
  // The list is paged and virtual: find the session by a word of its problem.
  await page.getByTestId('grades-search').fill('Nesbitt');
  await expect(
    page.locator(`[data-testid="grade-row"][data-session-id="${sessionId}"]`),
  ).toContainText('Nesbitt');
  await expect(page.getByTestId('agreement-pairs')).not.toHaveText('0');
  const overview = await (await request.get('/api/grades')).json();
  const row = overview.rows.find((r: { sessionId: string }) => r.sessionId === sessionId);
  expect(row).toMatchObject({ autoPoints: 1, humanPoints: 3, source: problem.source });
  expect(overview.agreement.pairs).toBeGreaterThanOrEqual(1);
  const csvRes = await request.get('/api/grades?format=csv');
  expect(csvRes.headers()['content-type']).toContain('text/csv');
  const csv = Papa.parse<Record<string, string>>((await csvRes.text()).trim(), {
    header: true,
  }).data;
  expect(csv.find((r) => r.session_id === sessionId)).toMatchObject({
    auto_points: '1',
    human_points: '3',
    difference: '-2',
  });
});

test('grade API: validation, a grade needs a proof, and a human grade can be removed', async ({
  request,
}) => {
  const id = await createSession(request, 'Prove that $1 < 2$.');
  const bad = await request.put(`/api/sessions/${id}/grade`, {
    data: { points: 8, rationale: '' },
  });
  expect(bad.status()).toBe(400);
  expect((await request.put(`/api/sessions/${id}/grade`, { data: { points: 2.5 } })).status()).toBe(
    400,
  );
  expect((await request.put('/api/sessions/missing/grade', { data: { points: 1 } })).status()).toBe(
    404,
  );
  const noProof = await request.post(`/api/sessions/${id}/runs`, { data: { kind: 'grade' } });
  expect(noProof.status()).toBe(409);
  const ok = await request.put(`/api/sessions/${id}/grade`, {
    data: { points: 7, rationale: 'Complete.' },
  });
  expect(await ok.json()).toMatchObject({
    auto: null,
    human: { points: 7, rationale: 'Complete.' },
  });
  const cleared = await request.delete(`/api/sessions/${id}/grade`);
  expect((await cleared.json()).human).toBeNull();
});
