import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { finishedRun } from '@/lib/runs/test-support';
import { MOCK_PROBLEM } from '@/scripts/mock-model/proof-texts';
import { type MockModelServer, startMockModelServer } from '@/scripts/mock-model/server';
import { freshPgDatabase, testPgUrl } from '@/test/pg-database';

/**
 * Several instances on one Postgres (issue 18): admission under the database's lock, leases,
 * and what happens to a dead instance's runs. The "dead instance" is a lease written under
 * another instance's name that has run out; this process plays the survivor, with the real
 * engine, the real HTTP model client against the scripted server, and pg-boss.
 */
let mock: MockModelServer;
const control = (body: Record<string, unknown> = {}) =>
  fetch(`${mock.url}/__control`, { method: 'POST', body: JSON.stringify({ tps: 0, ...body }) });

describe.runIf(Boolean(testPgUrl()))('runs across instances [postgres]', () => {
  beforeAll(async () => {
    mock = await startMockModelServer({ port: 0 });
    Object.assign(process.env, {
      PROOFDESK_DATABASE_URL: (await freshPgDatabase()) as string,
      OPENAI_BASE_URL: mock.baseURL,
      PROOFDESK_MODEL: 'mock',
      PROOFDESK_RETRY_BASE_MS: '50',
    });
    // This process is an instance of the deployment: it takes queued runs and continuations.
    const { continueRun, executeQueued } = await import('@/lib/instances');
    const { workContinuations, workRuns } = await import('@/lib/runs');
    await workRuns(executeQueued);
    await workContinuations(continueRun);
  });
  afterAll(async () => {
    const { stopBoss } = await import('@/lib/runs');
    const { closePg } = await import('@/lib/db/pg/handle');
    await stopBoss();
    await closePg();
    await mock.close();
    delete process.env.PROOFDESK_DATABASE_URL;
  });
  beforeEach(async () => {
    await fetch(`${mock.url}/__reset`, { method: 'POST' });
    await control();
  });

  const DEAD = 'host-b:4242:dead00';
  const past = () => Date.now() - 1;

  async function sessionWithDraft() {
    const { createSession, leasedRunIds } = await import('@/lib/db');
    const { startRun } = await import('@/lib/runs');
    const id = await createSession({ problem: MOCK_PROBLEM });
    const run = await startRun(id, { kind: 'generate' });
    expect((await finishedRun(run.id)).status).toBe('succeeded');
    // A run that ended gives its lease back: nobody will take it over.
    expect(await leasedRunIds([run.id])).toEqual([]);
    return id;
  }

  it('admits one run per session across instances, and refuses the second with a clear reason', async () => {
    const { createLeasedRun, createSession } = await import('@/lib/db');
    const sessionId = await createSession({ problem: MOCK_PROBLEM });
    const input = { sessionId, roundId: null, kind: 'generate' as const, model: 'mock' };
    const until = Date.now() + 60_000;
    const both = await Promise.all([
      createLeasedRun(input, 'host-a:1:aaaaaa', until),
      createLeasedRun(input, 'host-b:2:bbbbbb', until),
    ]);
    expect(both.filter(Boolean)).toHaveLength(1);
    const { startRun } = await import('@/lib/runs');
    await expect(startRun(sessionId, { kind: 'generate' })).rejects.toThrow(
      'A run is already in progress in this session',
    );
  });

  it("ends a dead instance's draft as interrupted with its text kept, once, and leaves live leases alone", async () => {
    const { createLeasedRun, createSession, getRun, lastRunSeq, leasedRunIds, persistRunProgress } =
      await import('@/lib/db');
    const { keepLeases } = await import('@/lib/instances');
    const dead = await createLeasedRun(
      {
        sessionId: await createSession({ problem: MOCK_PROBLEM }),
        roundId: null,
        kind: 'generate',
        model: 'mock',
      },
      DEAD,
      past(),
    );
    const alive = await createLeasedRun(
      {
        sessionId: await createSession({ problem: MOCK_PROBLEM }),
        roundId: null,
        kind: 'generate',
        model: 'mock',
      },
      'host-c:7:live00',
      Date.now() + 60_000,
    );
    if (!dead || !alive) throw new Error('not admitted');
    await persistRunProgress({
      runId: dead.id,
      events: [{ seq: 1, event: { type: 'text', delta: 'We first show that $n^2$ is' } }],
      text: 'We first show that $n^2$ is',
      reasoning: '',
      status: 'running',
    });
    await keepLeases();
    const ended = await getRun(dead.id);
    expect(ended?.status).toBe('interrupted');
    expect(ended?.text).toBe('We first show that $n^2$ is');
    expect(ended?.error).toContain(DEAD);
    expect((await getRun(alive.id))?.status).toBe('queued');
    expect(await leasedRunIds([dead.id, alive.id])).toEqual([alive.id]);
    const seq = await lastRunSeq(dead.id);
    await keepLeases();
    expect(await lastRunSeq(dead.id)).toBe(seq);
  });

  it("continues a dead instance's autopilot here through the job queue, counting the rounds it did", async () => {
    const sessionId = await sessionWithDraft();
    const db = await import('@/lib/db');
    const { keepLeases } = await import('@/lib/instances');
    const input = {
      kind: 'autopilot' as const,
      samples: 2,
      maxRounds: 3,
      passRule: { type: 'all-samples' as const },
      pauseEachRound: false,
    };
    const dead = await db.createLeasedRun(
      { sessionId, roundId: null, kind: 'autopilot', model: 'mock', params: input },
      DEAD,
      past(),
    );
    if (!dead) throw new Error('not admitted');
    const progress = { roundsDone: 1, tokens: { prompt: 100, completion: 200, reasoning: 0 } };
    await db.persistRunProgress({
      runId: dead.id,
      events: [{ seq: 1, event: { type: 'progress', progress } as never }],
      text: '',
      reasoning: '',
      status: 'running',
    });
    await keepLeases();
    expect((await db.getRun(dead.id))?.status).toBe('interrupted');
    const next = await eventuallyNewRun(sessionId, dead.id);
    expect(next.kind).toBe('autopilot');
    const params = (await db.getRunParams(next.id)) as typeof input & { roundId?: string };
    expect(params.maxRounds).toBe(2);
    expect(params.roundId).toBeUndefined();
    expect((await finishedRun(next.id)).status).toBe('succeeded');
  });

  it('a draft is a job: planned again by the instance that takes it, it still makes one round, and a second delivery does nothing', async () => {
    const db = await import('@/lib/db');
    const { startRun } = await import('@/lib/runs');
    const { executeQueued } = await import('@/lib/instances');
    const id = await db.createSession({ problem: MOCK_PROBLEM });
    const run = await startRun(id, { kind: 'generate' });
    expect((await finishedRun(run.id)).status).toBe('succeeded');
    const rounds = await db.listRounds(id);
    expect(rounds.map((r) => r.id)).toEqual([run.roundId]);
    expect(rounds[0].proof.length).toBeGreaterThan(100);
    // pg-boss may deliver a job again (a worker died after launching it): nothing happens.
    await executeQueued({ runId: run.id, input: { kind: 'generate' } });
    expect(await db.listRounds(id)).toHaveLength(1);
    expect((await db.getRun(run.id))?.status).toBe('succeeded');
  });

  it('a refinement taken from the queue is planned again and refines the round it was asked to, not its own', async () => {
    const id = await sessionWithDraft();
    const db = await import('@/lib/db');
    const { startRun } = await import('@/lib/runs');
    const [first] = await db.listRounds(id);
    const run = await startRun(id, { kind: 'refine' });
    expect((await finishedRun(run.id)).status).toBe('succeeded');
    const rounds = await db.listRounds(id);
    expect(rounds).toHaveLength(2);
    expect(rounds[1].parentRoundId).toBe(first.id);
    expect(rounds[1].proof.length).toBeGreaterThan(100);
  });

  async function eventuallyNewRun(sessionId: string, oldRunId: string) {
    const { getSession, getRun } = await import('@/lib/db');
    for (let i = 0; i < 400; i++) {
      const last = (await getSession(sessionId))?.lastRunId;
      if (last && last !== oldRunId)
        return (await getRun(last)) as NonNullable<Awaited<ReturnType<typeof getRun>>>;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('no run continued the autopilot');
  }
});
