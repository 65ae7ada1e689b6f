import fs from 'node:fs';
import type { Browser } from '@playwright/test';
import {
  MOCK_GENERATION_ANSWER,
  MOCK_PROBLEM,
  MOCK_PROOF,
} from '../scripts/mock-model/proof-texts';
import type { WorkbenchPage } from './pages/workbench';
import { APP_PORT, MOCK_PORT } from './support/env';
import { expect, test } from './support/fixtures';
import { Instances } from './support/instances';
import { shotsAt } from './support/screenshots';
import { sharedInstances } from './support/shared-instances';

/**
 * Two `next start` instances on one Postgres (issue 18), as behind a load balancer: what one
 * writes, the other serves. Ports APP_PORT+1, +2 and MOCK_PORT+1 (env.ts: k < 100 per slot).
 */
const instances = sharedInstances({
  appPorts: [APP_PORT + 1, APP_PORT + 2],
  mockPort: MOCK_PORT + 1,
});

test.afterEach(() => {
  expect(instances().pageErrors.map((e) => e.message)).toEqual([]);
});

test('a session created through A opens through B', async ({ browser }) => {
  const { id } = await instances().client(0).createSession(MOCK_PROBLEM);
  const b = await instances().workbench(browser, 1, id);
  await expect(b.page.getByTestId('problem-pane')).toContainText('Prove that');
  expect((await instances().client(1).session(id)).problem).toBe(MOCK_PROBLEM);
});

test('B keeps serving while A is SIGKILLed, and A serves again after a restart', async () => {
  const { id } = await instances().client(1).createSession(MOCK_PROBLEM);
  const pid = instances().apps[0].pid as number;
  await instances().kill(0, 'SIGKILL');
  expect(alive(pid)).toBe(false);
  expect((await instances().client(1).session(id)).id).toBe(id);
  await instances().restart(0);
  expect((await instances().client(0).session(id)).problem).toBe(MOCK_PROBLEM);
});

test.beforeEach(async () => {
  await instances().mock.reset();
});

/** A draft started through A (slowly streamed), and B's workbench on its session. */
async function draftOnAFollowedOnB(browser: Browser) {
  // Slow enough that B opens, reloads and still sees the draft growing on a loaded machine.
  await instances().mock.scenario('slow', { tps: 15 });
  const a = instances().client(0);
  const { id } = await a.createSession(MOCK_PROBLEM);
  const { runId } = await a.startRun(id, 'generate');
  const b = await instances().workbench(browser, 1, id);
  return { a, b, runId };
}

/** The editor's visible text length, whitespace aside. */
const shown = async (wb: WorkbenchPage) => (await wb.editorText()).trim().length;

test('a draft generated on A streams live through B, survives a reload of B, and ends byte-exact', async ({
  browser,
}) => {
  const { a, b, runId } = await draftOnAFollowedOnB(browser);
  await b.waitForStatus('running');
  await expect.poll(() => shown(b)).toBeGreaterThan(40);
  // Live, not replayed at the end: B's text grows while A still executes the run.
  const before = await shown(b);
  await expect.poll(() => shown(b)).toBeGreaterThan(before + 20);
  expect((await a.run(runId)).status).toBe('running');
  await shotsAt(b.page, 'instances-b-mid-stream');

  // A reload of B resumes from what its page lost (Last-Event-ID is the page's replay).
  await b.page.reload();
  await expect(b.editor).toHaveAttribute('data-ready', 'true');
  await b.waitForStatus('running');
  const afterReload = await shown(b);
  expect(afterReload).toBeGreaterThan(40);
  await expect.poll(() => shown(b)).toBeGreaterThan(afterReload);

  await b.waitForStatus('succeeded');
  await shotsAt(b.page, 'instances-b-at-rest');
  // Monaco wraps long lines wherever it likes (even inside `\(`): compare what it shows
  // without the whitespace, then the output panel byte for byte.
  const bare = (text: string) => text.replace(/\s+/g, '');
  // A person reads the whole proof by scrolling: its end, then its start (how far the editor
  // followed the stream depends on the window's height). Together they show all of it.
  const proof = bare(MOCK_PROOF);
  await b.editor.locator('.view-lines').click();
  await b.page.keyboard.press('Control+End');
  const end = bare(await b.editorText());
  await b.page.keyboard.press('Control+Home');
  const start = bare(await b.editorText());
  expect(proof.startsWith(start) && proof.endsWith(end)).toBe(true);
  expect(start.length + end.length).toBeGreaterThanOrEqual(proof.length);
  // What B's browser assembled from the SSE stream, as shown, byte for byte.
  const output = await b.openOutput();
  await expect(output).toBeVisible();
  expect(await output.evaluate((el) => el.textContent)).toBe(MOCK_GENERATION_ANSWER);
  expect((await a.run(runId)).text).toBe(MOCK_GENERATION_ANSWER);
});

test('Stop pressed through B stops the run executing on A and keeps its partial draft', async ({
  browser,
}) => {
  const { a, b, runId } = await draftOnAFollowedOnB(browser);
  await expect.poll(() => shown(b)).toBeGreaterThan(30);
  await b.button('stop').click();
  await b.waitForStatus('stopped');
  await expect(b.status).toContainText(/stopped/i);
  const run = await a.run(runId);
  expect(run.status).toBe('stopped');
  expect(MOCK_GENERATION_ANSWER.startsWith(run.text)).toBe(true);
  expect(run.text.length).toBeLessThan(MOCK_GENERATION_ANSWER.length);
  // A hung up on the model: the request was closed by the client, not completed.
  const generation = (await instances().mock.log()).find((r) => r.kind === 'generation');
  expect(generation?.closedByClient).toBe(true);
  expect(generation?.completed).toBe(false);
});

test('a decision made through B is read through A', async ({ browser }) => {
  await instances().mock.scenario('default', { tps: 0 });
  const a = await instances().workbench(
    browser,
    0,
    (await instances().client(0).createSession(MOCK_PROBLEM)).id,
  );
  await a.run('generate');
  await a.run('verify');
  await expect(a.findings).toHaveCount(3);
  const id = new URL(a.page.url()).pathname.split('/').at(-1) as string;

  const b = await instances().workbench(browser, 1, id);
  await expect(b.findings).toHaveCount(3);
  await b.finding('minor').getByTestId('finding-dismiss').click();
  await expect(b.finding('minor')).toContainText('dismissed');

  await a.page.reload();
  await expect(a.finding('minor')).toContainText('dismissed');
  await expect(a.finding('critical')).toContainText('undecided');
});

test('stopAll leaves nothing running', async () => {
  // Its own harness, so the shared one keeps serving the other tests.
  test.setTimeout(180_000);
  const own = await Instances.start({ appPorts: [APP_PORT + 3], mockPort: MOCK_PORT + 2 });
  const pid = own.apps[0].pid as number;
  const cluster = own.clusterDir;
  await own.stopAll();
  expect(alive(pid)).toBe(false);
  expect(fs.existsSync(cluster)).toBe(false);
  await expect(fetch(own.url(0))).rejects.toThrow();
  await expect(fetch(`http://127.0.0.1:${MOCK_PORT + 2}/v1/models`)).rejects.toThrow();
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
