import { MOCK_FLAWED_LINE, MOCK_PROBLEM, MOCK_PROOF } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { createSession, getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { settled } from './support/settled';
import { watchRunStreams } from './support/sse-watch';

const FLAWED = MOCK_PROOF.split('\n').indexOf(MOCK_FLAWED_LINE) + 1;

test('the preview renders the proof, marks findings on their lines and follows the cursor', async ({
  page,
  request,
}) => {
  await mock.reset();
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.run('generate');
  await wb.run('verify');
  const preview = await wb.openPreview();
  // Math is typeset, never left as raw delimiters.
  await expect(preview.locator('.katex').first()).toBeVisible();
  expect(await preview.innerText()).not.toMatch(/\\\(|\\frac/);
  // The chunk holding the flawed line carries a critical marker.
  const flawedChunk = wb.previewChunks('critical');
  await expect(flawedChunk).toHaveCount(1);
  const start = Number(await flawedChunk.getAttribute('data-start-line'));
  const end = Number(await flawedChunk.getAttribute('data-end-line'));
  expect(start <= FLAWED && FLAWED <= end).toBe(true);
  // Clicking a marker selects the finding everywhere.
  // (the critical one's: the checker's two gaps on the same line have markers too).
  await flawedChunk.locator('[data-testid="preview-finding"][data-severity="critical"]').click();
  await expect(wb.finding('critical')).toHaveAttribute('aria-current', 'true');
  // Moving the cursor moves the preview's focus to the chunk under it.
  await wb.focusEditor();
  await page.keyboard.press('Control+End');
  const last = wb.previewChunks().last();
  await expect(last).toHaveAttribute('data-focus', 'true');
  await expect(last).toBeInViewport();
  // The problem and the session title render math too.
  await expect(page.getByTestId('problem-rendered').locator('.katex').first()).toBeVisible();
});

test('the preview follows a streaming draft to its end, and a reader who scrolls it up stays put', async ({
  page,
  request,
}) => {
  // Streams for minutes (it is stopped below), so the draft is still growing while the test
  // looks, however slowly a loaded machine draws.
  test.setTimeout(240_000);
  await mock.scenario('long', { words: 60_000, tps: 300 });
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  const streams = await watchRunStreams(page);
  await wb.goto(id);
  const preview = await wb.openPreview();
  await wb.button('generate').click();
  // The newest step is typeset and on screen as it arrives, long after the first screenful.
  // (Which step is newest when the test looks depends on the machine's speed: a fixed step
  // may already have scrolled away above.)
  const newest = preview.getByText(/^Step \d+\.$/).last();
  for (const atLeast of [12, 16]) {
    await expect
      .poll(async () => Number((await newest.textContent())?.match(/\d+/)?.[0] ?? 0))
      .toBeGreaterThanOrEqual(atLeast);
    await expect(newest).toBeInViewport();
  }
  await expect(preview.locator('.katex').last()).toBeInViewport();
  // The reader scrolls the preview up: it stays where they put it while the draft grows.
  await preview.hover();
  await page.mouse.wheel(0, -4_000);
  const place = await settled(() => wb.previewVisibleText());
  const before = streams.bytes();
  await expect.poll(() => streams.bytes()).toBeGreaterThan(before + 2_000);
  await expect(wb.status).toHaveAttribute('data-status', 'running');
  expect(await wb.previewVisibleText()).toBe(place);
  // Back at the bottom, the preview follows again.
  await page.mouse.wheel(0, 1_000_000);
  const back = await wb.previewVisibleText();
  await expect.poll(() => wb.previewVisibleText()).not.toBe(back);
  await expect(preview.getByTestId('preview-chunk').last()).toBeInViewport();
  const runId = (await getSession(request, id)).runs[0].id;
  await request.post(`/api/runs/${runId}/stop`);
});

test('streamed text leaves the cursor where it was and selects nothing', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  await mock.scenario('long', { words: 60_000, tps: 300 });
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.button('generate').click();
  // Step 5 or any later one: at 300 tokens/s the editor can scroll past steps 5–9 between two
  // polls on a busy machine (a CI run saw step 93 first), and the end it follows shows only then.
  await expect.poll(() => wb.editorText()).toMatch(/\*\*Step ([5-9]|\d{2,})\.\*\*/);
  // The editor follows the end; the cursor stayed on the first line, off screen: no line is
  // highlighted as the cursor's, and no streamed text is highlighted as selected.
  await expect(wb.editor.locator('.view-overlays .current-line')).toHaveCount(0);
  await expect(wb.editor.locator('.selected-text')).toHaveCount(0);
  const runId = (await getSession(request, id)).runs[0].id;
  await request.post(`/api/runs/${runId}/stop`);
});
