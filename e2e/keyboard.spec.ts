import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { createSession, getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

test.beforeEach(async () => {
  await mock.reset();
});

/** Presses a run's key and waits until the new run shows `succeeded`. */
async function runByKey(wb: WorkbenchPage, key: string) {
  const before = (await wb.status.getAttribute('data-run-id')) ?? '';
  await wb.page.keyboard.press(key);
  await expect(wb.status).not.toHaveAttribute('data-run-id', before);
  await wb.waitForStatus('succeeded');
}

test('the whole loop by keyboard alone: generate, verify, decide every finding, refine, verify', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);

  await runByKey(wb, 'g');
  await expect(wb.editor).toContainText('termwise');
  await runByKey(wb, 'v');
  // The run's end arrives over its stream, the findings with the session a moment later.
  await expect(wb.findings).not.toHaveCount(0);
  // The verifier's and the checker's (the draft's termwise bound is false): all are decided.
  const every = page.getByTestId('finding');
  const n = await every.count();

  // j selects the next finding, a accepts it: every finding decided, none left undecided.
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await expect(every.nth(i)).toHaveAttribute('data-decision', 'accepted');
  }
  await expect(page.getByTestId('finding').getByText('undecided', { exact: true })).toHaveCount(0);

  // Nothing undecided, so Refine asks nothing: r starts it, and v verifies the new round.
  await runByKey(wb, 'r');
  await expect(wb.roundTab(2)).toBeVisible();
  await runByKey(wb, 'v');
  await expect(wb.scoreBadge()).toHaveAttribute('data-score', '1');
  await expect(wb.scoreBadge()).toBeInViewport();
  const session = await getSession(request, id);
  expect(session.rounds).toHaveLength(2);
  expect(session.rounds[0].findings.every((f) => f.decision === 'accepted')).toBe(true);
});
