import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
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
