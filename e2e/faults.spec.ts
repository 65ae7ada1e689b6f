import { MOCK_GENERATION_ANSWER, MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { createSession, getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';

test.beforeEach(async () => {
  await mock.reset();
});

async function generateIn(
  page: WorkbenchPage['page'],
  request: Parameters<typeof createSession>[0],
) {
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.button('generate').click();
  return { id, wb };
}

test('rate limited twice: the user sees the retry, then the draft arrives', async ({
  page,
  request,
}) => {
  // Two seconds a wait: time to read what the page says while nothing streams.
  await mock.scenario('429', { failures: 2, retryAfter: 2 });
  const { id, wb } = await generateIn(page, request);
  // Why it waits, in words, in place of "Streaming…" over an empty draft.
  await expect(wb.status).toHaveText(
    /^generate: Retry \d+ in \d+ s — Model server is rate limiting requests \(429\)/,
  );
  // The drawer says the same, not "Streaming" over nothing.
  await expect(wb.reasoning).toContainText('Waiting to retry');
  await expect(wb.reasoning).not.toContainText('Streaming');
  // The findings tab does not claim a draft is being written while none is.
  await expect(wb.findingsEmpty).toContainText('No draft yet: the run waits for the model server');
  await expect(wb.findingsEmpty).toBeInViewport();
  await shotsAt(page, 'faults-retry-waiting');
  await wb.waitForStatus('succeeded');
  const run = await (
    await request.get(`/api/runs/${(await getSession(request, id)).runs[0].id}`)
  ).json();
  expect(run.text).toBe(MOCK_GENERATION_ANSWER);
  expect((await mock.log()).filter((r) => r.status === 429)).toHaveLength(2);
});

test('server error: a clear failure with the server message, no empty round left behind', async ({
  page,
  request,
}) => {
  await mock.scenario('500');
  const { id, wb } = await generateIn(page, request);
  await wb.waitForStatus('failed');
  await expect(wb.status).toContainText('500');
  expect((await getSession(request, id)).rounds).toHaveLength(0);
});

test('cut mid-stream: failed with a reason, the partial draft kept', async ({ page, request }) => {
  await mock.scenario('cut', { cutAt: 0.5 });
  const { id, wb } = await generateIn(page, request);
  await wb.waitForStatus('failed');
  await expect(wb.status).toContainText(/closed|cut|ended/i);
  const s = await getSession(request, id);
  expect(s.rounds[0].truncated).toBe(true);
  const run = await (await request.get(`/api/runs/${s.runs[0].id}`)).json();
  expect(run.text.length).toBeGreaterThan(100);
  expect(MOCK_GENERATION_ANSWER.startsWith(run.text)).toBe(true);
  await expect(wb.roundTab(1)).toContainText('cut');
});

test('a silent model (long think before the first token) still completes', async ({
  page,
  request,
}) => {
  await mock.scenario('silent', { silenceMs: 3000, keepaliveMs: 0 });
  const { wb } = await generateIn(page, request);
  await wb.waitForStatus('running');
  await wb.waitForStatus('succeeded');
  await expect.poll(() => wb.editorText()).toContain('holds termwise');
});

test('malformed chunk: failed with a clear reason, partial kept', async ({ page, request }) => {
  await mock.scenario('garbage', { cutAt: 0.4 });
  const { id, wb } = await generateIn(page, request);
  await wb.waitForStatus('failed');
  await expect(wb.status).toContainText(/malformed|invalid|unreadable/i);
  const s = await getSession(request, id);
  expect(s.rounds).toHaveLength(1);
  expect(s.rounds[0].proof.length).toBeGreaterThan(0);
});

test('length limit: shown as incomplete, never as done, draft kept', async ({ page, request }) => {
  await mock.scenario('length', { cutAt: 0.6 });
  const { id, wb } = await generateIn(page, request);
  await wb.waitForStatus('failed');
  await expect(wb.status).toContainText(/length limit/i);
  const s = await getSession(request, id);
  expect(s.rounds[0].truncated).toBe(true);
  expect(s.runs[0].finishReason).toBe('length');
});

test('a verification in an unreadable format is kept whole as one comment', async ({
  page,
  request,
}) => {
  await mock.scenario('default');
  const { id, wb } = await generateIn(page, request);
  await wb.waitForStatus('succeeded');
  await mock.scenario('default', { format: 'unreadable' });
  await wb.run('verify', 'succeeded');
  await expect(wb.findings).toHaveCount(1);
  await expect(wb.findings.first()).toContainText('whole proof');
  const s = await getSession(request, id);
  // The verifier's one comment (the checker's findings on the draft are beside it).
  const comment = s.rounds[0].findings.find((f) => f.source !== 'checker');
  expect(comment?.description.length).toBeGreaterThan(50);
  expect(comment?.anchor).toBeNull();
});
