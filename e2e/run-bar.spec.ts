import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { LaunchPage } from './pages/launch';
import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { runAndWait } from './support/rounds';

/** What the run bar tells a person while runs come and go (issue 10, problems 3 and 10). */

test.beforeEach(async () => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
});

test('Verify ×4 shows samples done, tokens and elapsed time moving while it runs', async ({
  page,
  request,
}) => {
  const id = await createSession(request, MOCK_PROBLEM);
  expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
  const wb = new WorkbenchPage(page);
  const pipe = new LaunchPage(page);
  await wb.goto(id);
  await pipe.setSamples(4);
  // Slow enough that the four reports take several seconds each.
  await mock.scenario('default', { tps: 40 });
  await wb.run('verify', 'running');
  // Read what the bar says every half second while the run is on.
  const whileRunning: string[] = [];
  await expect
    .poll(
      async () => {
        const text = await pipe.progress.innerText();
        if ((await wb.status.getAttribute('data-status')) === 'running') whileRunning.push(text);
        const seen = new Set(whileRunning);
        const tokens = whileRunning.some((t) => /[1-9][\d,.]*( k| M)? tokens/.test(t));
        const elapsed = new Set(whileRunning.map((t) => t.match(/· (\d+) s/)?.[1])).size;
        return seen.size >= 3 && tokens && elapsed >= 2;
      },
      { intervals: [500], timeout: 120_000 },
    )
    .toBe(true);
  await mock.scenario('default', { tps: 0 });
  await wb.waitForStatus('succeeded');
  await expect(pipe.progress).toContainText('4/4 requests');
});

test('a search shows its elapsed time moving every second, also between its steps', async ({
  page,
  request,
}) => {
  const id = await createSession(request, MOCK_PROBLEM);
  expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
  // One request at a time, each a few seconds long: the steps come one after another.
  await mock.scenario('default', { tps: 60 });
  const res = await request.post(`/api/sessions/${id}/runs`, {
    data: {
      kind: 'search',
      pool: 2,
      verificationsPerProof: 1,
      analysesPerRefinement: 1,
      proofsPerRefinement: 1,
      iterations: 1,
      concurrency: 1,
    },
  });
  expect(res.status(), await res.text()).toBe(202);
  const wb = new WorkbenchPage(page);
  const pipe = new LaunchPage(page);
  await wb.goto(id);
  await expect(wb.status).toHaveAttribute('data-status', 'running');
  // Seconds as the bar shows them, read while the search runs.
  const seconds = new Set<string>();
  await expect
    .poll(
      async () => {
        const text = await pipe.progress.innerText();
        const s = text.match(/· (\d+) s/)?.[1];
        if (s && (await wb.status.getAttribute('data-status')) === 'running') seconds.add(s);
        return seconds.size;
      },
      { intervals: [400], timeout: 120_000 },
    )
    .toBeGreaterThanOrEqual(4);
  await mock.scenario('default', { tps: 0 });
  await wb.waitForStatus('succeeded');
});

test('"A run is already in progress" goes away when that run ends', async ({ page, request }) => {
  const id = await createSession(request, MOCK_PROBLEM);
  expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  // Another tab starts a run this page has not heard of yet; it holds halfway.
  await mock.scenario('default', { tps: 0, holdAt: 0.5 });
  const res = await request.post(`/api/sessions/${id}/runs`, { data: { kind: 'generate' } });
  expect(res.status()).toBe(202);
  const { runId } = await res.json();
  await wb.button('generate').click();
  const alert = page.getByTestId('wb-footer').getByRole('alert');
  await expect(alert).toContainText('A run is already in progress');
  // The page now follows that run; once it is stopped, the message is no longer true.
  await expect(wb.status).toHaveAttribute('data-run-id', runId);
  expect((await request.post(`/api/runs/${runId}/stop`)).ok()).toBe(true);
  await wb.waitForStatus('stopped');
  await expect(alert).toHaveCount(0);
  await expect(wb.button('generate')).toBeEnabled();
});
