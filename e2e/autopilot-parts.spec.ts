import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { LaunchPage } from './pages/launch';
import { OutlinePane } from './pages/outline';
import { WorkbenchPage } from './pages/workbench';
import { getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';
import { structuredDraft } from './support/structured';

/**
 * Issue 17, autopilot part by part, with the scripted model server: the lemmas are verified
 * one at a time (Lemma 2 fails and is rewritten alone), then the whole proof once; Stop ends
 * it and a new run resumes without verifying again what was verified; the Rounds tab sets its
 * tokens against whole-proof autopilot on the same problem, or says there is none.
 */
test('autopilot part by part: stopped mid-way, resumed, passes; the Rounds tab compares its tokens with whole-proof autopilot', async ({
  page,
  request,
}) => {
  // A problem of this test's own: other tests run whole-proof autopilots on the usual one.
  const problem = `${MOCK_PROBLEM}\n\n(Part by part, ${Date.now()}.)`;
  const { id } = await structuredDraft(request, problem);
  const wb = new WorkbenchPage(page);
  const pipe = new LaunchPage(page);
  await wb.goto(id);
  await pipe.setSamples(2);

  // Slow enough to stop it while it works on Lemma 2.
  await mock.reset();
  await mock.scenario('structured', { tps: 40 });
  await pipe.startAutopilot({ byParts: true });
  await expect(pipe.progress).toContainText('verifying Lemma 2 of R1 (part 2 of 3)', {
    timeout: 60_000,
  });
  const outline = new OutlinePane(page);
  await outline.open();
  await expect(outline.partScore('Lemma 1')).toHaveText('part 1');
  await shotsAt(page, 'autopilot-parts-running');
  await wb.button('stop').click();
  await expect(pipe.outcome).toContainText('Stopped while verifying Lemma 2 of R1');

  // Resumed: Lemma 1 keeps its verification; Lemma 2 is verified, rewritten; then the whole.
  await mock.reset();
  await mock.scenario('structured', { tps: 0 });
  await pipe.startAutopilot({ byParts: true });
  await pipe.waitForOutcome(/Part by part \(3 parts, 1 rewritten\): Passed in R2/);
  expect((await mock.log()).map((r) => r.kind)).toEqual([
    'verification',
    'part-refinement',
    'verification',
    'verification',
    'verification',
  ]);
  const session = await getSession(request, id);
  expect(session.rounds).toHaveLength(2);
  expect(session.rounds[1].verification?.distribution).toEqual([{ score: 1, count: 2 }]);
  await outline.open();
  await expect(outline.status('Lemma 2')).toHaveText('no issues found');
  await shotsAt(page, 'autopilot-parts-at-rest');

  // No whole-proof autopilot on this problem yet: said, not a number.
  await pipe.openTab('rounds');
  const comparison = page.getByTestId('autopilot-comparison');
  await expect(comparison).toBeVisible();
  // The stopped run and the run that resumed it are one effort.
  await expect(comparison.getByTestId('autopilot-tokens-run')).toHaveCount(1);
  await expect(comparison.getByTestId('autopilot-tokens-resumed')).toHaveText(
    ' · 2 runs (stopped, then resumed)',
  );
  await expect(page.getByTestId('autopilot-no-whole')).toHaveText(
    'No whole-proof autopilot has run on this problem, so there is nothing to compare with.',
  );
  await expect(page.getByTestId('autopilot-ratio')).toHaveCount(0);

  // A whole-proof autopilot on the same problem, in another session.
  const other = await structuredDraft(request, problem);
  await mock.scenario('structured', { tps: 0 });
  const res = await request.post(`/api/sessions/${other.id}/runs`, {
    data: { kind: 'autopilot', samples: 2, maxRounds: 3 },
  });
  expect(res.status()).toBe(202);
  const { runId } = await res.json();
  await expect
    .poll(
      async () => (await getSession(request, other.id)).runs.find((r) => r.id === runId)?.status,
    )
    .toBe('succeeded');
  const whole = (await (await request.get(`/api/runs/${runId}`)).json()).usage;
  const wholeTokens = whole.promptTokens + whole.completionTokens;
  const mineTokens = (await getSession(request, id)).runs
    .filter((r) => r.kind === 'autopilot')
    .reduce((sum, r) => sum + (r.usage?.promptTokens ?? 0) + (r.usage?.completionTokens ?? 0), 0);
  await expect(
    comparison.locator('[data-testid="autopilot-tokens-run"][data-by-parts="true"]'),
  ).toHaveAttribute('data-tokens', String(mineTokens));

  await page.reload();
  await pipe.openTab('rounds');
  const wholeLine = comparison.locator(
    '[data-testid="autopilot-tokens-run"][data-by-parts="false"]',
  );
  await expect(wholeLine).toHaveAttribute('data-tokens', String(wholeTokens));
  await expect(wholeLine).toContainText('another session');
  await expect(wholeLine).toContainText('Passed in R2');
  await expect(page.getByTestId('autopilot-ratio')).toHaveText(
    `The latest finished part-by-part run spent ${Math.round((100 * mineTokens) / wholeTokens)}% of the tokens of the latest finished whole-proof run.`,
  );
  await expect(page.getByTestId('autopilot-ratio')).toBeInViewport();
  await shotsAt(page, 'autopilot-parts-rounds-tab', comparison);
});
