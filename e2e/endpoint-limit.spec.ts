import type { Browser } from '@playwright/test';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { LaunchPage } from './pages/launch';
import { APP_PORT, MOCK_PORT } from './support/env';
import { expect, test } from './support/fixtures';
import { shotsAt } from './support/screenshots';
import { sharedInstances } from './support/shared-instances';

/**
 * Issue 18: a model endpoint's concurrency limit holds across instances. Two instances on one
 * Postgres, each with PROOFDESK_CONCURRENCY=4, verify with 4 samples each at once (8 requests)
 * against one scripted model server: it never has more than 4 open. Ports APP_PORT+1, +2 and
 * MOCK_PORT+1. Screenshots: SCREENSHOT_DIR=/tmp/x.
 */
const instances = sharedInstances({
  appPorts: [APP_PORT + 1, APP_PORT + 2],
  mockPort: MOCK_PORT + 1,
  env: { PROOFDESK_CONCURRENCY: '4' },
});

/**
 * Both instances have a drafted session; B's workbench is open with 4 samples set; A verifies
 * with 4 samples streaming at `tps`, which holds all four of the endpoint's slots.
 */
async function slotsHeldByA(browser: Browser, tps: number) {
  const [a, b] = [instances().client(0), instances().client(1)];
  await instances().mock.reset();
  await instances().mock.scenario('default', { tps: 0 });
  const sessions = [await a.createSession(MOCK_PROBLEM), await b.createSession(MOCK_PROBLEM)];
  for (const [i, s] of sessions.entries()) {
    const draft = await instances().client(i).startRun(s.id, 'generate');
    expect((await instances().client(i).settle(draft.runId)).status).toBe('succeeded');
  }
  await instances().mock.reset();
  await instances().mock.scenario('default', { tps });
  const wb = await instances().workbench(browser, 1, sessions[1].id);
  const pipe = new LaunchPage(wb.page);
  await pipe.setSamples(4);
  const runA = await a.json<{ runId: string }>('POST', `/api/sessions/${sessions[0].id}/runs`, {
    kind: 'verify',
    samples: 4,
  });
  await expect.poll(async () => (await instances().mock.stats()).inFlight).toBe(4);
  return { a, wb, pipe, runA };
}

test('8 verifier samples through two instances with a limit of 4: the server never sees more than 4 at once', async ({
  browser,
}) => {
  // Each sample streams for a few seconds, so A's four still run when B's arrive.
  const { wb, pipe, runA } = await slotsHeldByA(browser, 60);
  // A person presses Verify on B while A's four samples hold the endpoint's four slots.
  await wb.button('verify').click();
  await pipe.openTab('samples');
  await expect(wb.status).toHaveAttribute('data-status', 'running');
  // B's samples wait for a slot: the run bar says none has answered and no request is done.
  await expect(pipe.progress).toContainText('verifying R1: 0 of 4 samples · 0/4 requests');
  await expect(pipe.progress).toBeInViewport();
  // …and the status says why: all four wait for the model server, whose limit A's samples hold.
  await expect(wb.status).toContainText('· 4 waiting for the model server (4 at a time)');
  await wb.page.waitForTimeout(1_000);
  expect((await instances().mock.stats()).inFlight).toBe(4);
  await shotsAt(wb.page, 'waiting-samples');
  const runB = { runId: (await wb.status.getAttribute('data-run-id')) as string };
  const runs = [runA, runB];

  const settled = await Promise.all(
    runs.map((r, i) => instances().client(i).settle(r.runId, 120_000)),
  );
  expect(settled.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
  const stats = await instances().mock.stats();
  expect(stats.maxInFlight).toBe(4);
  const verifications = (await instances().mock.log()).filter((r) => r.kind === 'verification');
  expect(verifications).toHaveLength(8);
  expect(verifications.every((r) => r.completed)).toBe(true);
  await wb.waitForStatus('succeeded');
  await expect(wb.page.getByTestId('sample')).toHaveCount(4);
  await shotsAt(wb.page, 'samples-done');
});

test('Stop on B while its samples wait for a slot ends the run at once; none of them is sent', async ({
  browser,
}) => {
  const { a, wb, pipe, runA } = await slotsHeldByA(browser, 30);
  await wb.button('verify').click();
  await expect(pipe.progress).toContainText('0 of 4 samples · 0/4 requests');
  await wb.button('stop').click();
  await expect(wb.status).toHaveAttribute('data-status', 'stopped', { timeout: 5_000 });
  // A's samples go on; once they are done, the server has seen only those four.
  expect((await a.settle(runA.runId, 120_000)).status).toBe('succeeded');
  const verifications = (await instances().mock.log()).filter((r) => r.kind === 'verification');
  expect(verifications).toHaveLength(4);
  expect((await instances().mock.stats()).maxInFlight).toBe(4);
});
