import path from 'node:path';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { AppClient } from './support/app-client';
import { AppProcess } from './support/app-process';
import { APP_PORT, appEnv, E2E_DATA } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';

test.beforeEach(async () => {
  await mock.reset();
});

/**
 * A class shares one model server: with its limit taken by another person's draft, a draft
 * started now waits. The person who started it sees why nothing streams yet, and then their
 * draft streams as soon as the other one ends.
 */
test('a draft held back by the endpoint limit says it waits for the model server, then streams', async ({
  page,
}) => {
  const app = new AppProcess(
    APP_PORT + 12,
    appEnv(path.join(E2E_DATA, 'slot-wait.db'), { PROOFDESK_CONCURRENCY: '1' }),
  );
  await app.start();
  try {
    // Slow enough that the first draft holds the only slot for a few seconds.
    await mock.scenario('slow', { tps: 60 });
    const api = new AppClient(app.url);
    const other = await api.createSession(MOCK_PROBLEM);
    const mine = await api.createSession(MOCK_PROBLEM);
    const wb = new WorkbenchPage(page);
    await page.goto(`${app.url}/sessions/${mine.id}`);
    await expect(wb.editor).toHaveAttribute('data-ready', 'true');
    // The other draft starts once this page is ready, so however long the page took to load
    // (seconds on a loaded CI machine), the slot is still taken when the person clicks.
    const { runId: otherRun } = await api.startRun(other.id, 'generate');
    await expect.poll(async () => (await api.run(otherRun)).status).toBe('running');
    await wb.button('generate').click();

    await expect(wb.status).toContainText('Waiting for the model server (1 request at a time)');
    await expect(wb.status).toBeInViewport();
    expect((await wb.editorText()).trim()).toBe('');
    // The drawer and the findings tab say the same, not "Streaming" or "still being written".
    await expect(wb.reasoning).toContainText('Waiting for the model server');
    await expect(wb.findingsEmpty).toContainText(
      'No draft yet: the run waits for the model server',
    );
    await shotsAt(page, 'slot-wait-waiting');

    // The other draft ends: this one gets the slot, the notice goes, the draft streams.
    await expect
      .poll(async () => (await api.run(otherRun)).status, { timeout: 60_000 })
      .toBe('succeeded');
    await expect(wb.status).not.toContainText('Waiting for the model server');
    await expect.poll(() => wb.editorText(), { timeout: 30_000 }).not.toBe('');
    await expect(wb.findingsEmpty).not.toContainText('No draft yet');
    await shotsAt(page, 'slot-wait-streaming');
    await wb.waitForStatus('succeeded');
    await expect(wb.status).not.toContainText('Waiting');
  } finally {
    await app.kill();
  }
});
