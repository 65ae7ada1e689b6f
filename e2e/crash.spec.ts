import path from 'node:path';
import { foldRunText } from '@/lib/db/queries/run-text';
import { MOCK_GENERATION_ANSWER, MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { AppProcess } from './support/app-process';
import { readDb } from './support/db-file';
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
    // persisted text is the fold of the run's events in the file.
    const persisted = () =>
      readDb(dbFile, (db) => {
        const rows = db
          .prepare('SELECT data FROM run_events WHERE run_id = ? ORDER BY seq')
          .all(runId) as { data: string }[];
        return foldRunText(rows.map((r) => JSON.parse(r.data))).text;
      });
    await expect.poll(() => persisted().length).toBeGreaterThan(50);
    const before = persisted();
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
