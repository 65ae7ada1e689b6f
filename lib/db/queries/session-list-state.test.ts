import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createRun, createSession, listSessions, persistRunProgress } from '@/lib/db';
import { getDb } from '@/lib/db/client';
import { type BackendKind, conn } from '@/lib/db/conn';
import type { PgDb } from '@/lib/db/pg/client';
import type { RunEnd, RunStatus, SessionListQuery } from '@/lib/schemas';
import { describeOnBothBackends } from '@/test/db-backends';

const progress = (seq: number, outcome: string, end?: RunEnd) => ({
  seq,
  event: { type: 'progress', progress: { phase: 'done', outcome, ...(end ? { end } : {}) } },
});

/** A session whose one autopilot ended so; the progress in an earlier batch when `split`. */
async function endedSession(status: RunStatus, outcome?: string, end?: RunEnd, split = false) {
  const id = await createSession({ problem: `Ended ${status} ${outcome ?? ''} ${end ?? ''}` });
  const run = await createRun({ sessionId: id, roundId: null, kind: 'autopilot', model: 'm' });
  const events = outcome ? [progress(1, outcome, end)] : [];
  if (split) await persistRunProgress({ runId: run.id, events: events as never });
  const last = { seq: events.length + 1, event: { type: 'status', status, error: null } };
  await persistRunProgress({
    runId: run.id,
    events: (split ? [last] : [...events, last]) as never,
    status,
  });
  return id;
}

async function stateOf(id: string) {
  for (const state of ['never-run', 'running', 'succeeded', 'not-passed', 'failed', 'stopped']) {
    const page = await listSessions({ state: state as SessionListQuery['state'], limit: 200 });
    if (page.sessions.some((s) => s.id === id)) return state;
  }
  return null;
}

/** The migration's fill statements (the `UPDATE`s of 0015 / pg 0005), run again as they are. */
async function runBackfill(backend: BackendKind) {
  const file =
    backend === 'sqlite'
      ? 'lib/db/migrations/0015_last_run_state_fill.sql'
      : 'lib/db/pg/migrations/0005_last_run_state_fill.sql';
  const updates = fs
    .readFileSync(path.join(process.cwd(), file), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.replace(/^--.*$/gm, '').trim())
    .filter((s) => s.startsWith('UPDATE'));
  expect(updates).toHaveLength(3);
  for (const u of updates) await exec(backend, u);
}

async function exec(backend: BackendKind, statement: string) {
  if (backend === 'sqlite') getDb().$client.exec(statement);
  else await ((await conn()).db as unknown as PgDb).execute(sql.raw(statement));
}

describeOnBothBackends('home state filter: stored state', (backend) => {
  const cases: [RunStatus, string | undefined, RunEnd | undefined, string][] = [
    ['succeeded', 'Passed in R2 (every sample at 1).', 'passed', 'succeeded'],
    [
      'succeeded',
      'Stopped: verification incomplete in R1.',
      'verification-incomplete',
      'not-passed',
    ],
    ['succeeded', 'Paused for your decisions.', 'paused', 'not-passed'],
    ['succeeded', 'Stopped: every model request failed.', 'model-failed', 'failed'],
    ['succeeded', 'Cancelled.', 'cancelled', 'not-passed'],
    // Runs recorded before `end` existed: read from their words, as `inferEnd` does.
    ['succeeded', 'Stopped at the round limit (5).', undefined, 'not-passed'],
    ['succeeded', 'Passed in R3.', undefined, 'succeeded'],
    ['succeeded', 'A proof passed after 4 rounds.', undefined, 'succeeded'],
    ['succeeded', 'Stopped: every model request failed.', undefined, 'failed'],
    ['succeeded', 'The refinement did not finish.', undefined, 'not-passed'],
    ['succeeded', 'Stopped by you.', undefined, 'not-passed'],
    ['succeeded', 'Something else.', undefined, 'succeeded'],
    ['succeeded', undefined, undefined, 'succeeded'],
    ['failed', undefined, undefined, 'failed'],
    ['interrupted', undefined, undefined, 'stopped'],
    ['stopped', undefined, undefined, 'stopped'],
  ];
  const ids: string[] = [];

  beforeAll(async () => {
    for (const [status, outcome, end] of cases) ids.push(await endedSession(status, outcome, end));
  });

  it.each(cases.map((c, i) => [i, ...c] as const))(
    'case %i: a %s run that said "%s" (%s) is listed under %s',
    async (i, _s, _o, _e, state) => {
      expect(await stateOf(ids[i])).toBe(state);
    },
  );

  it('reads why a run ended from a progress event stored in an earlier batch', async () => {
    const id = await endedSession('succeeded', 'No proof passed.', 'exhausted', true);
    expect(await stateOf(id)).toBe('not-passed');
  });

  it('follows the latest run: a new run is running, then its own state', async () => {
    const id = await endedSession('failed');
    const run = await createRun({ sessionId: id, roundId: null, kind: 'generate', model: 'm' });
    expect(await stateOf(id)).toBe('running');
    const page = await listSessions({ state: 'running', limit: 200 });
    expect(page.total).toBe(page.sessions.length);
    await persistRunProgress({ runId: run.id, events: [], status: 'succeeded' });
    expect(await stateOf(id)).toBe('succeeded');
    expect(await stateOf(await createSession({ problem: 'Never run' }))).toBe('never-run');
  });

  it("the migration's fill gives every existing row the state the app writes", async () => {
    const before = await Promise.all(ids.map(stateOf));
    await exec(backend, 'UPDATE runs SET list_state = null');
    await exec(backend, 'UPDATE sessions SET last_run_id = null, last_run_state = null');
    expect(await stateOf(ids[0])).toBe('never-run');
    await runBackfill(backend);
    expect(await Promise.all(ids.map(stateOf))).toEqual(before);
  });
});
