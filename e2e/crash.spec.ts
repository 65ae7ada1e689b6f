import path from 'node:path';
import { foldRunText } from '@/lib/db/queries/run-text';
import { MOCK_GENERATION_ANSWER, MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { CheckerPanel } from './pages/checker';
import { WorkbenchPage } from './pages/workbench';
import { AppClient } from './support/app-client';
import { AppProcess } from './support/app-process';
import { queryDb } from './support/db-file';
import { APP_PORT, appEnv, E2E_DATA } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

test.beforeEach(async () => {
  await mock.reset();
});

test('a server killed mid-run restarts with the run interrupted and its partial text kept', async ({
  page,
}) => {
  const dbFile = path.join(E2E_DATA, 'crash.db');
  const app = new AppProcess(APP_PORT + 1, appEnv(dbFile));
  await app.start();
  try {
    await mock.scenario('slow', { tps: 30 });
    const created = await fetch(`${app.url}/api/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ problem: MOCK_PROBLEM }),
    });
    const { id } = await created.json();
    const started = await fetch(`${app.url}/api/sessions/${id}/runs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'generate' }),
    });
    const { runId } = await started.json();
    // Let at least one batched write of the text land (batches are at most 3 s apart): the
    // persisted text is the fold of the run's events in the database.
    const persisted = async () => {
      const rows = await queryDb<{ data: string }>(
        dbFile,
        'SELECT data FROM run_events WHERE run_id = ? ORDER BY seq',
        [runId],
      );
      return foldRunText(rows.map((r) => JSON.parse(r.data))).text;
    };
    await expect.poll(async () => (await persisted()).length).toBeGreaterThan(50);
    const before = await persisted();
    await app.kill();

    await app.start();
    const run = await (await fetch(`${app.url}/api/runs/${runId}`)).json();
    expect(run.status).toBe('interrupted');
    expect(run.text.length).toBeGreaterThan(50);
    expect(run.text.startsWith(before)).toBe(true);
    expect(MOCK_GENERATION_ANSWER.startsWith(run.text)).toBe(true);
    const session = await (await fetch(`${app.url}/api/sessions/${id}`)).json();
    expect(session.rounds).toHaveLength(1);
    expect(session.rounds[0].truncated).toBe(true);

    // The user sees it as interrupted, with the partial draft, and can run again.
    const wb = new WorkbenchPage(page);
    await page.goto(`${app.url}/sessions/${id}`);
    await wb.waitForStatus('interrupted');
    await expect.poll(async () => (await wb.editorText()).length).toBeGreaterThan(20);
    await mock.scenario('default');
    await wb.button('generate').click();
    await wb.waitForStatus('succeeded');
    await expect(wb.roundTab(2)).toBeVisible();
  } finally {
    await app.kill();
  }
});

test('a model server that refuses connections gives a clear failure', async ({ page }) => {
  const app = new AppProcess(
    APP_PORT + 2,
    appEnv(path.join(E2E_DATA, 'refused.db'), {
      OPENAI_BASE_URL: `http://127.0.0.1:${APP_PORT + 57}/v1`,
    }),
  );
  await app.start();
  try {
    const created = await fetch(`${app.url}/api/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ problem: MOCK_PROBLEM }),
    });
    const { id } = await created.json();
    const wb = new WorkbenchPage(page);
    await page.goto(`${app.url}/sessions/${id}`);
    await expect(wb.editor).toHaveAttribute('data-ready', 'true');
    await wb.button('generate').click();
    await wb.waitForStatus('failed');
    await expect(wb.status).toContainText(/refused|ECONNREFUSED|unreachable/i);
  } finally {
    await app.kill();
  }
});

/** The script paths a Web Worker's URL lists for it to load (Next's worker bootstrap `#params`). */
function workerChunks(workerUrl: string): string[] {
  const params = decodeURIComponent(new URL(workerUrl).hash.slice('#params='.length));
  return (JSON.parse(params || '[[]]')[0] as string[]).filter((p) => p.endsWith('.js'));
}

test('the server goes away between page load and the first check: the checker says so, the page keeps working, and after a restart the next edit checks and saves', async ({
  page,
}) => {
  const app = new AppProcess(APP_PORT + 1, appEnv(path.join(E2E_DATA, 'worker-gone.db')));
  await app.start();
  try {
    await mock.scenario('default', { tps: 0 });
    const api = new AppClient(app.url);
    const { id } = await api.createSession(MOCK_PROBLEM);
    await api.settle((await api.startRun(id, 'generate')).runId);

    // Hold the scripts of the first Web Worker the page starts (the checker's, 400 ms after the
    // proof shows) until the server is gone: a crash or a redeploy in that moment.
    const held: string[] = [];
    let serverGone!: () => void;
    const gone = new Promise<void>((resolve) => {
      serverGone = resolve;
    });
    page.once('worker', (w) => held.push(...workerChunks(w.url())));
    await page.context().route('**/_next/static/chunks/*.js', async (route) => {
      if (held.includes(new URL(route.request().url()).pathname)) await gone;
      await route.continue().catch(() => {});
    });
    const wb = new WorkbenchPage(page);
    await page.goto(`${app.url}/sessions/${id}`);
    await expect(wb.editor).toHaveAttribute('data-ready', 'true');
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await app.kill();
    serverGone();

    const checker = new CheckerPanel(page);
    await expect(checker.summary).toHaveText(
      /The checker could not start in this page: its script did not load from the server\. Your next edit tries again\./,
    );
    await expect.poll(() => wb.editorText()).toContain('holds termwise');

    // Back up: the next edit starts a fresh worker, which loads and checks, and the edit is saved.
    await app.start();
    await page.context().unrouteAll();
    await wb.typeAtEnd('\n\nHence \\(2 + 2 = 4\\).');
    await expect(checker.summary).toContainText(/checked \d+ relations?: \d+ holds?/);
    await expect
      .poll(async () => (await api.session(id)).rounds.at(-1)?.proof ?? '', { timeout: 15_000 })
      .toContain('Hence \\(2 + 2 = 4\\).');
  } finally {
    await page.close();
    await app.kill();
  }
});
