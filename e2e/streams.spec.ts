import { MOCK_GENERATION_ANSWER, MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { createSession, getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';
import { settled } from './support/settled';
import { watchRunStreams } from './support/sse-watch';

test.beforeEach(async () => {
  await mock.reset();
});

test('reloading mid-stream shows everything so far, keeps streaming, and ends byte-identical', async ({
  page,
  request,
}) => {
  // Slow enough that the draft is still streaming after a reload on a saturated machine.
  await mock.scenario('slow', { tps: 12 });
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.button('generate').click();
  await expect.poll(async () => (await wb.editorText()).trim().length).toBeGreaterThan(40);

  await page.reload();
  await expect(wb.editor).toHaveAttribute('data-ready', 'true');
  // After the reload the draft is still there and still growing.
  await wb.waitForStatus('running');
  const afterReload = (await wb.editorText()).trim().length;
  expect(afterReload).toBeGreaterThan(40);
  await expect.poll(async () => (await wb.editorText()).trim().length).toBeGreaterThan(afterReload);
  await shotsAt(page, 'streams-mid-stream');
  await wb.waitForStatus('succeeded');
  await shotsAt(page, 'streams-at-rest');

  const session = await getSession(request, id);
  const runId = session.runs[0].id;
  const run = await (await request.get(`/api/runs/${runId}`)).json();
  expect(run.status).toBe('succeeded');
  expect(run.text).toBe(MOCK_GENERATION_ANSWER);
  // What the browser assembled from the SSE stream is the same, byte for byte.
  const output = await wb.openOutput();
  expect(await output.evaluate((el) => el.textContent)).toBe(MOCK_GENERATION_ANSWER);
});

test('Stop closes the upstream connection before the model finishes and keeps the partial draft', async ({
  page,
  request,
}) => {
  await mock.scenario('slow', { tps: 40 });
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.button('generate').click();
  await expect.poll(async () => (await wb.editorText()).trim().length).toBeGreaterThan(30);

  await wb.button('stop').click();
  await wb.waitForStatus('stopped');
  // The app hung up on the model: the request was closed by the client, not completed by
  // the server (at 40 tokens/s the scripted draft would take far longer than the hang guard).
  await expect
    .poll(async () => (await mock.log()).find((r) => r.kind === 'generation')?.closedByClient)
    .toBe(true);
  const closed = (await mock.log()).find((r) => r.kind === 'generation');
  expect(closed?.completed).toBe(false);

  const session = await getSession(request, id);
  expect(session.runs[0].status).toBe('stopped');
  expect(session.rounds).toHaveLength(1);
  expect(session.rounds[0].truncated).toBe(true);
  expect(session.rounds[0].proof.length).toBeGreaterThan(10);
  const run = await (await request.get(`/api/runs/${session.runs[0].id}`)).json();
  expect(MOCK_GENERATION_ANSWER.startsWith(run.text)).toBe(true);
  await expect(wb.roundTab(1)).toContainText('cut');
});

test('two tabs on one session see the same stream', async ({ browser, request }) => {
  await mock.scenario('slow', { tps: 150 });
  const id = await createSession(request, MOCK_PROBLEM);
  const [a, b] = [
    new WorkbenchPage(await browser.newPage()),
    new WorkbenchPage(await browser.newPage()),
  ];
  await a.goto(id);
  await b.goto(id);
  await a.button('generate').click();
  // The second tab learns about the run by refetching; it then follows the same stream.
  await b.page.reload();
  await a.waitForStatus('succeeded');
  await b.waitForStatus('succeeded');
  const [ta, tb] = [
    await (await a.openOutput()).textContent(),
    await (await b.openOutput()).textContent(),
  ];
  expect(ta).toBe(MOCK_GENERATION_ANSWER);
  expect(tb).toBe(MOCK_GENERATION_ANSWER);
});

test('closing the tab mid-stream: the run goes on to the end on the server', async ({
  browser,
  request,
}) => {
  await mock.scenario('slow', { tps: 80 });
  const id = await createSession(request, MOCK_PROBLEM);
  const page = await browser.newPage();
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.button('generate').click();
  await expect.poll(async () => (await wb.editorText()).trim().length).toBeGreaterThan(40);
  await page.close();

  const runId = (await getSession(request, id)).runs[0].id;
  await expect
    .poll(async () => (await (await request.get(`/api/runs/${runId}`)).json()).status, {
      timeout: 120_000,
    })
    .toBe('succeeded');
  expect((await (await request.get(`/api/runs/${runId}`)).json()).text).toBe(
    MOCK_GENERATION_ANSWER,
  );
  const mockRequest = (await mock.log()).find((r) => r.kind === 'generation');
  expect(mockRequest?.closedByClient).toBe(false);
  expect(mockRequest?.completed).toBe(true);
  // Coming back later shows the finished draft.
  const again = new WorkbenchPage(await browser.newPage());
  await again.goto(id);
  await again.waitForStatus('succeeded');
  await expect.poll(() => again.editorText()).toContain('holds termwise');
});

test('a fast, long draft is followed to its end in the editor, across a layout change', async ({
  page,
  request,
}) => {
  // ~6,000 tokens in two seconds; the page joins late (its start request is held back), so
  // the first frame appends a backlog of many lines; then the window gets shorter.
  await mock.scenario('long', { words: 6000, tps: 3000 });
  await page.route(/\/api\/sessions\/[^/]+\/runs$/, async (route) => {
    const response = await route.fetch();
    await new Promise((r) => setTimeout(r, 250));
    await route.fulfill({ response });
  });
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.button('generate').click();
  await expect.poll(async () => (await wb.editorText()).length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1280, height: 560 });
  await wb.waitForStatus('succeeded');
  const run = await (
    await request.get(`/api/runs/${(await getSession(request, id)).runs[0].id}`)
  ).json();
  const lastStep = Math.max(...[...run.text.matchAll(/\*\*Step (\d+)\.\*\*/g)].map((m) => +m[1]));
  expect(lastStep).toBeGreaterThan(40);
  // The view stayed at the bottom while the draft streamed, so its last step is on screen.
  await expect.poll(() => wb.editorText()).toContain(`holds for \\(n = ${lastStep}\\)`);
});

test('a reader who scrolls up mid-stream is not pulled back down', async ({ page, request }) => {
  // Streams for minutes (it is stopped below): however slowly a loaded machine scrolls,
  // the draft is still growing while the test looks.
  test.setTimeout(240_000);
  await mock.scenario('long', { words: 60_000, tps: 300 });
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  const streams = await watchRunStreams(page);
  await wb.goto(id);
  await wb.button('generate').click();
  await expect.poll(() => wb.editorText()).toMatch(/\*\*Step [5-9]\.\*\*/);
  const atTheEnd = await wb.editorText();
  await wb.editor.hover();
  await page.mouse.wheel(0, -12_000);
  // Wait until the scroll has settled (however slow the machine), away from the end.
  const place = await settled(() => wb.editorText());
  expect(place).not.toBe(atTheEnd);
  // The draft keeps growing below (the server says so); the reader's place stays put.
  const before = streams.bytes();
  await expect.poll(() => streams.bytes()).toBeGreaterThan(before + 2_000);
  await expect(wb.status).toHaveAttribute('data-status', 'running');
  expect(await wb.editorText()).toBe(place);
  // Back at the end, the view follows again.
  await wb.editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  const back = await wb.editorText();
  await expect.poll(() => wb.editorText()).not.toBe(back);
  const runId = (await getSession(request, id)).runs[0].id;
  await request.post(`/api/runs/${runId}/stop`);
});
