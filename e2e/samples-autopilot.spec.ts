import path from 'node:path';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { HomePage } from './pages/home';
import { LaunchPage } from './pages/launch';
import { choose } from './pages/select';
import { WorkbenchPage } from './pages/workbench';
import { getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';

test.beforeEach(async () => {
  await mock.reset();
});

/** For a person to look at: `SCREENSHOT_DIR=/tmp/x npx playwright test e2e/samples-autopilot.spec.ts`. */
async function shot(page: import('@playwright/test').Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** A new session with a generated draft, open in the workbench. */
async function draft(page: import('@playwright/test').Page) {
  await mock.scenario('default', { tps: 0 });
  const id = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await expect(wb.editor).toHaveAttribute('data-ready', 'true');
  await wb.run('generate');
  return { id, wb, pipe: new LaunchPage(page) };
}

test('8 verifier samples: merged findings "found by k of 8", the distribution, then meta-verification marks', async ({
  page,
  request,
}) => {
  const { id, wb, pipe } = await draft(page);
  // The scripted verifier varies per sample: critical 5 of 8, gap 4 of 8, minor 2 of 8.
  await mock.scenario('default', { tps: 0, vary: 1 });
  await pipe.setSamples(8);
  await wb.run('verify');
  await expect(wb.findings).toHaveCount(3);
  await expect(pipe.support('critical')).toHaveAttribute('data-found-by', '5');
  await expect(pipe.support('critical')).toContainText('found by 5 of 8 verifiers');
  await expect(pipe.support('gap')).toHaveAttribute('data-found-by', '4');
  await expect(pipe.support('minor')).toHaveAttribute('data-found-by', '2');
  // Links to each sample's wording.
  await pipe.support('gap').locator('summary').click();
  await expect(pipe.support('gap').getByTestId('finding-wording')).toHaveCount(4);
  expect((await mock.log()).filter((r) => r.kind === 'verification')).toHaveLength(8);

  // Eight verifiers reasoned: their reasoning is each sample's, under Samples, not the drawer's.
  await expect(page.getByTestId('reasoning-whose')).toHaveCount(0);
  await pipe.openTab('samples');
  await expect(page.getByTestId('sample')).toHaveCount(8);
  await expect(pipe.distribution()).toHaveText(['1× 1', '2× 0.5', '5× 0']);
  await expect(page.getByTestId('score-mean')).toHaveAttribute('data-value', '0.25');
  await expect(page.getByTestId('score-min')).toHaveAttribute('data-value', '0');
  await page.getByTestId('sample').first().getByRole('button').click();
  await expect(page.getByTestId('sample-report')).toContainText('Here is my evaluation');
  // The sample's own reasoning, on demand: closed, then read.
  const reasoning = page.getByTestId('sample-reasoning');
  await expect(reasoning).toContainText(/Reasoning \([\d,]+ characters\)/);
  await expect(reasoning.getByText('Check each step.')).toBeHidden();
  await reasoning.locator('summary').click();
  await expect(reasoning.getByText('Check each step.')).toBeInViewport();
  await shotsAt(page, 'sample-reasoning', reasoning);
  await expect(wb.scoreBadge()).toHaveAttribute('data-score', '0');

  // Sorted by how many verifiers found each finding.
  await pipe.openTab('findings');
  await choose(page, 'findings-sort', 'count');
  await expect(page.getByTestId('finding-support')).toHaveText([
    /found by 5 of 8/,
    /found by 4 of 8/,
    /found by 2 of 8/,
  ]);

  // Meta-verification, with a rated analysis's report open while it runs: the report gains
  // the meta-verifier's rating, and its reasoning on demand.
  await pipe.openTab('samples');
  const rated = page.locator('[data-testid="sample"]:not([data-score="1"])').first();
  if (!(await rated.getByTestId('sample-report').isVisible()))
    await rated.getByRole('button').click();
  await expect(rated.getByTestId('sample-report')).toContainText('Here is my evaluation');
  await expect(rated.getByTestId('sample-meta-text')).toHaveCount(0);
  await page.getByTestId('meta-verify-button').click();
  await expect(rated).not.toHaveAttribute('data-meta', 'unchecked');
  await expect(rated.getByTestId('sample-meta-text')).toContainText(
    /Meta-verification \(.+\): Here is my evaluation of the verification/,
  );
  const metaReasoning = rated.getByTestId('sample-meta-reasoning');
  await expect(metaReasoning).toContainText(/Meta-verifier’s reasoning \([\d,]+ characters\)/);
  const why = metaReasoning.getByText(/^Check whether the issues the verification claims are real/);
  await expect(why).toBeHidden();
  await metaReasoning.locator('summary').click();
  await expect(why).toBeInViewport();
  await shotsAt(page, 'sample-meta-reasoning', metaReasoning);

  // The two analyses that missed the flaw are disputed.
  await pipe.openTab('findings');
  await expect(pipe.support('minor')).toHaveAttribute('data-meta', 'disputed');
  await expect(pipe.support('critical')).toHaveAttribute('data-meta', 'confirmed');
  await expect(pipe.support('gap')).toHaveAttribute('data-meta', 'confirmed');
  await expect(pipe.support('minor').getByTestId('meta-mark')).toHaveText('disputed');
  await pipe.openTab('samples');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-value', '0');
  await expect(page.locator('[data-testid="sample"][data-meta="disputed"]')).toHaveCount(2);
  await pipe.openTab('findings');
  await page.getByTestId('hide-disputed').check();
  await expect(wb.findings).toHaveCount(2);
  await expect(wb.finding('minor')).toHaveCount(0);
  expect((await mock.log()).filter((r) => r.kind === 'meta-verification')).toHaveLength(7);

  const stored = await getSession(request, id);
  expect(stored.rounds[0].verification?.verdict.value).toBe(0);
});

test('autopilot verifies, refines and verifies again until every sample passes', async ({
  page,
  request,
}) => {
  const { id, pipe } = await draft(page);
  await pipe.setSamples(4);
  await pipe.startAutopilot({ maxRounds: 3 });
  await pipe.waitForOutcome(/Passed in R2/);
  await expect(pipe.progress).toHaveAttribute('data-rounds-done', '1');
  await expect(pipe.progress).toContainText('tokens');
  const wb = new WorkbenchPage(page);
  await expect(wb.roundTab(2)).toContainText('1');
  const session = await getSession(request, id);
  expect(session.rounds.map((r) => r.score)).toEqual([0, 1]);
  expect(session.rounds[0].findings.every((f) => f.decision === 'accepted')).toBe(true);
  expect(session.rounds[1].verification?.distribution).toEqual([{ score: 1, count: 4 }]);

  // Across rounds: the chart, the diff and the usage per run, round and session.
  await pipe.openTab('rounds');
  await expect(page.getByTestId('chart-round')).toHaveCount(2);
  await expect(page.getByTestId('round-diff').locator('.monaco-diff-editor')).toBeVisible({
    timeout: 120_000,
  });
  await expect(page.getByTestId('usage-round')).toHaveCount(2);
  await expect(page.getByTestId('usage-session')).toContainText('session');
});

test('autopilot stopped by an incomplete verification shows a warning with its reason, not success', async ({
  page,
}) => {
  const { id, pipe } = await draft(page);
  // 7 of the 8 verifier samples fail (HTTP 400): fewer than half answer.
  await mock.scenario('default', { tps: 0, failSamples: 7 });
  await pipe.setSamples(8);
  await pipe.startAutopilot({ maxRounds: 2 });
  await pipe.waitForOutcome(/verification incomplete/);

  const reason = 'Stopped: verification incomplete in R1 — only 1 of 8 samples answered.';
  await expect(pipe.runStatus).toHaveAttribute('data-status', 'succeeded');
  await expect(pipe.runStatus).toHaveText('autopilot: Verification incomplete');
  await expect(pipe.runStatus).not.toContainText('Done');
  await expect(pipe.outcome).toHaveText(reason);
  for (const shown of [pipe.runStatus, pipe.outcome]) {
    await expect(shown).toBeInViewport({ ratio: 1 });
    await expect(shown).toHaveAttribute('data-tone', 'warning');
  }
  // Painted as a warning, not in the success green.
  const [pass, warning] = [await pipe.token('--pass'), await pipe.token('--gap')];
  expect(pass).not.toBe(warning);
  for (const shown of [pipe.runStatus, pipe.outcome]) {
    expect(await pipe.color(shown)).toBe(warning);
  }
  await expect(page.getByTestId('wb-footer').locator('[data-tone="success"]')).toHaveCount(0);
  await expect(pipe.runStatus.locator('svg')).toBeVisible();
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await expect(pipe.outcome).toBeInViewport({ ratio: 1 });
    for (const shown of [pipe.runStatus, pipe.outcome]) {
      expect(await pipe.fullyShown(shown), `${size.width}: not cut`).toBe(true);
    }
    await shot(page, `autopilot-incomplete-${size.width}x${size.height}`);
  }

  // Home's list says the same.
  await page.goto('/');
  const state = page
    .locator(`[data-testid="session-row"][data-session-id="${id}"]`)
    .getByTestId('session-state-label');
  await expect(state).toHaveText('autopilot verification incomplete');
  await expect(state).toHaveAttribute('data-tone', 'warning');
  expect(await pipe.color(state)).toBe(warning);
  await shot(page, 'home-autopilot-incomplete');
  // Its filter says the same: not under "Done", under "Ended, not passed".
  const row = page.locator(`[data-testid="session-row"][data-session-id="${id}"]`);
  for (const [filter, listed] of [
    ['Done', false],
    ['Ended, not passed', true],
  ] as const) {
    await page.getByTestId('session-state').click();
    await page.getByRole('option', { name: filter, exact: true }).click();
    await expect(page.getByTestId('session-state')).toContainText(filter);
    await expect(row).toHaveCount(listed ? 1 : 0);
  }
  await shot(page, 'home-filter-not-passed');
});
