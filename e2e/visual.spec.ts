import type { APIRequestContext } from '@playwright/test';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { expectScreen, SIZES } from './pages/visual';
import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { runAndWait, twoRoundSession } from './support/rounds';

// Visual snapshots of the screens people work in, at a laptop and a projector size.
// After an intended change of look: `npx playwright test e2e/visual.spec.ts --update-snapshots`
// and LOOK at every changed PNG before committing it.

test.beforeEach(async () => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
});

let twoRounds: { id: string } | null = null;
async function sessionWithTwoRounds(request: APIRequestContext) {
  twoRounds ??= { id: (await twoRoundSession(request)).id };
  return twoRounds.id;
}

for (const size of SIZES) {
  const tag = `${size.width}x${size.height}`;

  test.describe(`at ${tag}`, () => {
    test.use({ viewport: size, colorScheme: 'light' });

    test('workbench mid-stream', async ({ page, request }) => {
      // The stream holds still halfway through the proof: the same screen every time.
      await mock.scenario('default', { tps: 0, holdAt: 0.5 });
      const id = await createSession(request, MOCK_PROBLEM);
      const wb = new WorkbenchPage(page);
      await wb.goto(id);
      await wb.button('generate').click();
      await wb.waitForStatus('running');
      await expect.poll(() => wb.editorText()).toContain('Applying this bound to');
      // The empty findings list says why it is empty, not to press a Verify that waits.
      await expect(page.getByTestId('findings-empty')).toHaveText(/draft is still being written/);
      // The header has the round (and the problem has folded): the screen the snapshot is of,
      // reached before the shot rather than by its retries.
      await expect(page.getByTestId('round-tab')).toHaveCount(1);
      await expectScreen(page, `workbench-mid-stream-${tag}.png`);
      await wb.button('stop').click();
      await wb.waitForStatus('stopped');
      // Stopped, the draft is what there is: the list no longer says it is being written
      // (the checker has read the partial draft by now, and lists what it found).
      await expect(page.getByText('draft is still being written')).toHaveCount(0);
    });

    test('workbench verified, a finding selected, then the override box open', async ({
      page,
      request,
    }) => {
      const id = await createSession(request, MOCK_PROBLEM);
      expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
      expect((await runAndWait(request, id, 'verify')).status).toBe('succeeded');
      const wb = new WorkbenchPage(page);
      await wb.goto(id);
      await wb.finding('critical').click();
      await expect(page.getByTestId('inline-finding')).toBeVisible();
      await expectScreen(page, `workbench-verified-${tag}.png`);
      await wb.finding('gap').getByTestId('finding-override').click();
      await expect(wb.finding('gap').getByTestId('override-note')).toBeVisible();
      await expectScreen(page, `workbench-override-${tag}.png`);
    });

    test('rounds view', async ({ page, request }) => {
      const id = await sessionWithTwoRounds(request);
      const wb = new WorkbenchPage(page);
      await wb.goto(id);
      await page.getByTestId('side-tab-rounds').click();
      await expect(page.getByTestId('round-diff').locator('.monaco-diff-editor')).toBeVisible();
      await expect(page.getByTestId('usage-table')).toBeVisible();
      await expectScreen(page, `rounds-${tag}.png`);
    });

    test('replay, a finding step', async ({ page, request }) => {
      const id = await sessionWithTwoRounds(request);
      await page.goto(`/sessions/${id}/replay?step=3`);
      await expect(page.getByTestId('replay-current')).toBeInViewport();
      await expectScreen(page, `replay-${tag}.png`);
    });
  });
}

test.describe('search and home', () => {
  test('search view after a finished search, and home', async ({ page, request }) => {
    test.setTimeout(120_000);
    const id = await createSession(request, `Visual snapshot: ${MOCK_PROBLEM}`);
    expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
    const res = await request.post(`/api/sessions/${id}/runs`, {
      data: {
        kind: 'search',
        pool: 2,
        verificationsPerProof: 2,
        analysesPerRefinement: 1,
        proofsPerRefinement: 1,
        iterations: 1,
        concurrency: 1,
      },
    });
    expect(res.status(), await res.text()).toBe(202);
    const wb = new WorkbenchPage(page);
    for (const size of SIZES) {
      const tag = `${size.width}x${size.height}`;
      await page.setViewportSize(size);
      await wb.goto(id);
      await page.getByTestId('side-tab-search').click();
      await expect(page.getByTestId('search-view')).toHaveAttribute('data-live', 'false', {
        timeout: 60_000,
      });
      await expectScreen(page, `search-${tag}.png`);
      await page.goto('/');
      await page.getByTestId('session-search').fill('Visual snapshot');
      await expect(page.getByTestId('session-row')).toHaveCount(1);
      await expectScreen(page, `home-${tag}.png`);
    }
  });
});
