import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { type MockModelServer, startMockModelServer } from '@/scripts/mock-model/server';

/**
 * For run-engine tests: the scripted model server over real HTTP and a fresh SQLite file,
 * reset before each test. `control` sets the model server's scenario (tps 0 = unthrottled).
 */
export function withModelAndDb(name: string, env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `proofdesk-${name}-`));
  const ctx = { mock: undefined as unknown as MockModelServer, dir };
  beforeAll(async () => {
    const { closeDb } = await import('@/lib/db');
    closeDb();
    ctx.mock = await startMockModelServer({ port: 0 });
    Object.assign(process.env, {
      PROOFDESK_DB: path.join(dir, 'test.db'),
      OPENAI_BASE_URL: ctx.mock.baseURL,
      PROOFDESK_MODEL: 'mock',
      PROOFDESK_RETRY_BASE_MS: '50',
      ...env,
    });
  });
  afterAll(async () => {
    const { closeDb } = await import('@/lib/db');
    closeDb();
    await ctx.mock.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await fetch(`${ctx.mock.url}/__reset`, { method: 'POST' });
    await control();
  });
  const control = (body: Record<string, unknown> = {}) =>
    fetch(`${ctx.mock.url}/__control`, {
      method: 'POST',
      body: JSON.stringify({ tps: 0, ...body }),
    });
  return { ctx, control };
}

/** Polls until `check` returns a value (not undefined), or fails after `tries` × 25 ms. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  tries = 400,
) {
  for (let i = 0; i < tries; i++) {
    const v = await check();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not reached in time');
}

/** Waits until a run has left queued/running in the database. */
export async function finishedRun(runId: string) {
  const { getRun } = await import('@/lib/db');
  return eventually(async () => {
    const run = await getRun(runId);
    return run && !['queued', 'running'].includes(run.status) ? run : undefined;
  });
}

/**
 * A session whose first round is the scripted model's `structured` draft (issue 17: three
 * lemmas, the planted flaw in Lemma 2's proof, the gap in Lemma 3's). `control` is
 * `withModelAndDb`'s.
 */
export async function structuredDraftSession(
  control: (body?: Record<string, unknown>) => Promise<unknown>,
): Promise<{ id: string; roundId: string }> {
  const { createSession } = await import('@/lib/db');
  const { startRun } = await import('./start');
  const { MOCK_PROBLEM } = await import('@/scripts/mock-model/proof-texts');
  await control({ scenario: 'structured' });
  const id = await createSession({ problem: MOCK_PROBLEM });
  const run = await startRun(id, { kind: 'generate' });
  expect((await finishedRun(run.id)).status).toBe('succeeded');
  return { id, roundId: run.roundId as string };
}
