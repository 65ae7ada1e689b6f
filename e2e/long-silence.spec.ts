import path from 'node:path';
import { MOCK_GENERATION_ANSWER, MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { AppClient } from './support/app-client';
import { AppProcess } from './support/app-process';
import { APP_PORT, appEnv, E2E_DATA } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { watchRunStreams } from './support/sse-watch';

/**
 * "Silent for 6 minutes before the first token", on a 1:60 clock: 6 s of silence, against an
 * idle timeout of 10 s (the default is 10 min) and a heartbeat every 250 ms (15 s). What is
 * tested is the ordering that matters at full scale: silence longer than undici's 300 s body
 * timeout is not fatal (it is switched off, see lib/model/http-fetch.ts), the idle timeout is
 * ours, and the browser's stream is kept alive by heartbeats in the meantime.
 */
const SCALE = 60;
const SILENCE_MS = (6 * 60_000) / SCALE;
const HEARTBEAT_MS = 15_000 / SCALE;
/** A heartbeat is an SSE comment line, far shorter than any event. */
const HEARTBEAT_BYTES = 40;

test.beforeEach(async () => {
  await mock.reset();
});

test('a model silent "6 minutes" before its first token: heartbeats reach the browser, the run completes', async ({
  page,
}) => {
  const app = new AppProcess(
    APP_PORT + 6,
    appEnv(path.join(E2E_DATA, 'silence.db'), {
      PROOFDESK_IDLE_TIMEOUT_MS: String((10 * 60_000) / SCALE),
      PROOFDESK_HEARTBEAT_MS: String(HEARTBEAT_MS),
    }),
  );
  await app.start();
  try {
    // Fully silent upstream (no SSE keepalives from the model server either).
    await mock.scenario('silent', { silenceMs: SILENCE_MS, keepaliveMs: 0 });
    const api = new AppClient(app.url);
    const { id } = await api.createSession(MOCK_PROBLEM);
    const wb = new WorkbenchPage(page);
    const streams = await watchRunStreams(page);
    await page.goto(`${app.url}/sessions/${id}`);
    await expect(wb.editor).toHaveAttribute('data-ready', 'true');
    await wb.button('generate').click();
    await wb.waitForStatus('running');
    // The silence is timed from the second heartbeat (the third short chunk: the stream's
    // first bytes, "retry: 1000", are as short as one). The events that open the stream (its
    // replay, the run's start) may reach the page after it shows the run running (in a CI
    // run a 112-byte chunk came inside the window), and they are no part of the silence.
    const isBeat = (c: { bytes: number }) => c.bytes < HEARTBEAT_BYTES;
    await expect
      .poll(() => streams.between(0, Date.now()).filter(isBeat).length)
      .toBeGreaterThanOrEqual(3);
    const silentFrom = Date.now();
    // Through the silence the user sees a running draft, not an error or a dead stream. Look
    // half-way through it: a loaded machine may be late to notice the run start, and the
    // check must still fall inside the silence.
    await page.waitForTimeout(SILENCE_MS / 2);
    await expect(wb.status).toHaveAttribute('data-status', 'running');
    expect((await wb.editorText()).trim()).toBe('');
    // Heartbeats flowed meanwhile (about 12 at this rate; a few suffice to prove the point
    // without counting on the timers' punctuality under load).
    const beats = streams.between(silentFrom, Date.now());
    expect(beats.length).toBeGreaterThanOrEqual(3);
    expect(beats.every(isBeat)).toBe(true); // comments, not events

    await wb.waitForStatus('succeeded');
    expect(streams.connections()).toBe(1);
    const session = await api.session(id);
    expect((await api.run(session.runs[0].id)).text).toBe(MOCK_GENERATION_ANSWER);
    await expect.poll(() => wb.editorText()).toContain('holds termwise');
  } finally {
    await app.kill();
  }
});
