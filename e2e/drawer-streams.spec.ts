import type { APIRequestContext, Page } from '@playwright/test';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { LaunchPage } from './pages/launch';
import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';

test.beforeEach(async () => {
  await mock.reset();
});

// The scripted verifier's reasoning and the generator's, as a person reads them.
const VERIFIER_THINKS = 'Check each step. Normalisation fine.';
const GENERATOR_THINKS = 'We need to prove Nesbitt-type inequality.';

/** A new session with its first draft written, open in the workbench. */
async function drafted(page: Page, request: APIRequestContext): Promise<WorkbenchPage> {
  const wb = new WorkbenchPage(page);
  await wb.goto(await createSession(request, MOCK_PROBLEM));
  await wb.run('generate');
  return wb;
}

test('the verifier’s reasoning streams in the drawer while it verifies, and stays beside the generator’s', async ({
  page,
  request,
}) => {
  const wb = await drafted(page, request);
  // A draft no one has verified: only the generator has reasoned about it, so no choice.
  await expect(wb.reasoning).toContainText(GENERATOR_THINKS);
  await expect(page.getByTestId('reasoning-whose')).toHaveCount(0);

  // A verifier that thinks at length before its report, slowly enough to read it meanwhile.
  await mock.scenario('default', { tps: 120, reasoningChars: 9000 });
  await wb.run('verify', 'running');
  await expect(wb.reasoning).toContainText(VERIFIER_THINKS);
  await expect(wb.reasoning).toContainText('Streaming ·');
  // The findings tab says where the thinking is, not only that the verifier is awaited.
  await expect(page.getByTestId('live-report')).toContainText(
    /The verifier is reasoning: [\d,]+ characters so far, in Reasoning under the editor/,
  );
  await expect(page.getByTestId('live-report')).toBeInViewport();
  // Longer than the drawer shows: its newest lines stay in view as they arrive (left at its
  // top, the text would never show its end again once it overflowed).
  const followed = async () => {
    const end = await wb.reasoningEnd();
    return end.overflows && end.endInView;
  };
  await expect.poll(followed).toBe(true);
  // The choice of whose reasoning and the running count stay at hand above the moving text.
  await expect(wb.reasoningOf('verifier')).toBeInViewport();
  await expect(wb.reasoning.getByText(/Streaming · [\d,]+ characters/)).toBeInViewport();
  await expect(wb.reasoning).not.toContainText(GENERATOR_THINKS);
  await expect(wb.reasoning).toBeInViewport();
  await expect(wb.reasoningOf('verifier')).toHaveAttribute('aria-pressed', 'true');
  await shotsAt(page, 'verifier-reasoning-streaming', wb.reasoning);

  // The person can read the draft's reasoning again while the verifier goes on.
  await wb.reasoningOf('generator').click();
  await expect(wb.reasoning).toContainText(GENERATOR_THINKS);
  await expect(wb.reasoning).not.toContainText('Streaming');
  await wb.reasoningOf('verifier').click();
  await expect(wb.reasoning).toContainText(VERIFIER_THINKS);
  await expect.poll(followed).toBe(true);
  // Scrolled back up by the reader, the view is theirs while the verifier goes on.
  const box = await page.getByTestId('run-drawer').boundingBox();
  if (!box) throw new Error('the drawer is not shown');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 30);
  await page.mouse.wheel(0, -2000);
  const chars = async () =>
    Number((await wb.reasoning.innerText()).match(/([\d,]+) characters/)?.[1].replace(/,/g, ''));
  const before = await chars();
  await expect.poll(chars).toBeGreaterThan(before + 60);
  expect((await wb.reasoningEnd()).endInView).toBe(false);

  await wb.waitForStatus('succeeded');
  await expect(wb.reasoning).toContainText(VERIFIER_THINKS);
  await expect(wb.reasoning).not.toContainText('Streaming');
  await shotsAt(page, 'verifier-reasoning-at-rest', wb.reasoning);

  // Kept with the round: after a reload the draft's reasoning shows first, the verifier's a click away.
  await page.reload();
  await expect(wb.editor).toHaveAttribute('data-ready', 'true');
  await expect(wb.reasoning).toContainText(GENERATOR_THINKS);
  await wb.reasoningOf('verifier').click();
  await expect(wb.reasoning).toContainText(VERIFIER_THINKS);
  await expect(wb.reasoning).toBeInViewport();
});

test('the drawer’s Output follows a long draft to its newest lines while it streams', async ({
  page,
  request,
}) => {
  // Streams for minutes (it is stopped below): the answer is still growing while the test looks.
  await mock.scenario('long', { words: 60_000, tps: 300 });
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.run('generate', 'running');
  await page.getByTestId('side-tab-output').click();
  const output = page.getByTestId('run-output');
  await expect(output).toContainText('**Step 1.**');
  // Longer than the drawer, and its end in view: left at the top it would never show again.
  await expect
    .poll(async () => {
      const end = await wb.textEnd(output);
      return end.overflows && end.endInView;
    })
    .toBe(true);
  await shotsAt(page, 'drawer-output-streaming', output);
  await wb.button('stop').click();
  await wb.waitForStatus('stopped');
});

test('while many verifier samples run, the drawer offers no single verifier’s reasoning', async ({
  page,
  request,
}) => {
  const wb = await drafted(page, request);
  // Two samples that think at length: several seconds in which both are running.
  await mock.scenario('default', { tps: 120, reasoningChars: 3000 });
  await new LaunchPage(page).setSamples(2);
  await wb.run('verify', 'running');
  await expect(page.getByTestId('live-report')).toContainText('0 of 2 samples done');
  // Each sample's reasoning is its own (under Samples once it is done): none streams here.
  await expect(wb.reasoning).toContainText(GENERATOR_THINKS);
  await expect(wb.reasoning).not.toContainText('Streaming');
  await expect(page.getByTestId('reasoning-whose')).toHaveCount(0);
  await expect(page.getByTestId('side-tab-reasoning').locator('[data-live="true"]')).toHaveCount(0);
  await wb.waitForStatus('succeeded');
  await expect(page.getByTestId('reasoning-whose')).toHaveCount(0);
});
