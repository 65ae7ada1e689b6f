import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRound,
  createRun,
  createSession,
  createVerification,
  listSessions,
  persistRunProgress,
  setRoundScore,
} from '@/lib/db';
import { withTempDb } from '@/lib/exchange/db.test-support';

withTempDb();

let verified = '';
let fresh = '';
let failing = '';

beforeAll(async () => {
  verified = await createSession({ problem: 'Prove that 50% of n is n/2.', title: 'Halves' });
  const r1 = await createRound({ sessionId: verified, origin: 'generate', proof: 'p1' });
  const r2 = await createRound({ sessionId: verified, origin: 'refine', proof: 'p2' });
  await setRoundScore(r1.id, 0);
  await setRoundScore(r2.id, 0.5);
  await createVerification({ roundId: r2.id, runId: null, sampleCount: 4 });
  const run = await createRun({ sessionId: verified, roundId: r2.id, kind: 'verify', model: 'm' });
  await persistRunProgress({
    runId: run.id,
    events: [],
    text: '',
    reasoning: '',
    status: 'succeeded',
    patch: { finishedAt: Date.now() + 60_000 },
  });

  fresh = await createSession({ problem: 'Show that every prime p > 2 is odd.' });

  failing = await createSession({ problem: 'Zeta problem', title: 'Zeta' });
  await createRound({ sessionId: failing, origin: 'generate', proof: '' });
  const bad = await createRun({ sessionId: failing, roundId: null, kind: 'generate', model: 'm' });
  await persistRunProgress({
    runId: bad.id,
    events: [],
    text: '',
    reasoning: '',
    status: 'failed',
  });
});

const byId = async (id: string) => (await listSessions()).find((s) => s.id === id);

describe('home session list', () => {
  it('counts rounds and reports the last verified score with its sample count', async () => {
    const s = await byId(verified);
    expect(s).toMatchObject({ rounds: 2, lastScore: 0.5, lastSampleCount: 4 });
    expect(s?.lastRunStatus).toBe('succeeded');
    expect(s?.lastRunKind).toBe('verify');
  });

  it('says "never run" for a session without runs and the state of a failed one', async () => {
    expect(await byId(fresh)).toMatchObject({ rounds: 0, lastScore: null, lastRunStatus: null });
    expect(await byId(failing)).toMatchObject({ rounds: 1, lastRunStatus: 'failed' });
  });

  it('dates a session by its latest change, a run finishing included', async () => {
    const s = await byId(verified);
    expect(s?.updatedAt).toBeGreaterThan(s?.createdAt ?? 0);
    expect((await listSessions()).map((x) => x.id)[0]).toBe(verified);
  });

  it('searches title and problem text, with LIKE wildcards taken literally', async () => {
    expect((await listSessions({ q: 'prime' })).map((s) => s.id)).toEqual([fresh]);
    expect((await listSessions({ q: '50%' })).map((s) => s.id)).toEqual([verified]);
    expect(await listSessions({ q: '_' })).toEqual([]);
  });

  it('filters by the last run state and sorts', async () => {
    expect((await listSessions({ state: 'failed' })).map((s) => s.id)).toEqual([failing]);
    expect((await listSessions({ state: 'never-run' })).map((s) => s.id)).toEqual([fresh]);
    expect((await listSessions({ sort: 'rounds' })).map((s) => s.id)).toEqual([
      verified,
      failing,
      fresh,
    ]);
    expect((await listSessions({ sort: 'title' })).map((s) => s.title)).toEqual([
      'Halves',
      'Show that every prime p > 2 is odd.',
      'Zeta',
    ]);
    expect((await listSessions({ sort: 'score' })).map((s) => s.id)[0]).toBe(verified);
  });
});
