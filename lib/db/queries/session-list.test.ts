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
import { describeOnBothBackends } from '@/test/db-backends';

describeOnBothBackends('home session list', () => {
  let verified = '';
  let fresh = '';
  let failing = '';

  beforeAll(async () => {
    verified = await createSession({ problem: 'Prove that 50% of n is n/2.', title: 'Halves' });
    const r1 = await createRound({ sessionId: verified, origin: 'generate', proof: 'p1' });
    const r2 = await createRound({
      sessionId: verified,
      origin: 'refine',
      proof: 'By induction on n.',
    });
    await setRoundScore(r1.id, 0);
    await setRoundScore(r2.id, 0.5);
    await createVerification({ roundId: r2.id, runId: null, sampleCount: 4 });
    const run = await createRun({
      sessionId: verified,
      roundId: r2.id,
      kind: 'verify',
      model: 'm',
    });
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
    const bad = await createRun({
      sessionId: failing,
      roundId: null,
      kind: 'generate',
      model: 'm',
    });
    await persistRunProgress({
      runId: bad.id,
      events: [],
      text: '',
      reasoning: '',
      status: 'failed',
    });
  });

  const byId = async (id: string) => (await listSessions()).sessions.find((s) => s.id === id);

  describe('home session list', () => {
    it('counts rounds and reports the last verified score with its sample count', async () => {
      const s = await byId(verified);
      expect(s).toMatchObject({ rounds: 2, lastScore: 0.5, samples: 4 });
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
      expect((await listSessions()).sessions.map((x) => x.id)[0]).toBe(verified);
    });

    it('searches title and problem text, with LIKE wildcards taken literally', async () => {
      expect((await listSessions({ q: 'prime' })).sessions.map((s) => s.id)).toEqual([fresh]);
      expect((await listSessions({ q: '50%' })).sessions.map((s) => s.id)).toEqual([verified]);
      expect((await listSessions({ q: '_' })).sessions).toEqual([]);
    });

    it('marks the matched words in a snippet of where a search matched', async () => {
      const [problem] = (await listSessions({ q: 'prime' })).sessions;
      expect(problem.match).toMatchObject({ kind: 'problem', roundIndex: null, findingId: null });
      expect(problem.match?.snippet).toContain('\u0002prime\u0003');
      const [proof] = (await listSessions({ q: 'induction' })).sessions;
      expect(proof.id).toBe(verified);
      expect(proof.match).toMatchObject({ kind: 'proof', roundIndex: 2 });
      expect(proof.match?.snippet).toContain('\u0002induction\u0003');
    });

    it('filters by the last run state and sorts', async () => {
      expect((await listSessions({ state: 'failed' })).sessions.map((s) => s.id)).toEqual([
        failing,
      ]);
      expect((await listSessions({ state: 'never-run' })).sessions.map((s) => s.id)).toEqual([
        fresh,
      ]);
      expect((await listSessions({ sort: 'rounds' })).sessions.map((s) => s.id)).toEqual([
        verified,
        failing,
        fresh,
      ]);
      expect((await listSessions({ sort: 'title' })).sessions.map((s) => s.title)).toEqual([
        'Halves',
        'Show that every prime p > 2 is odd.',
        'Zeta',
      ]);
      expect((await listSessions({ sort: 'score' })).sessions.map((s) => s.id)[0]).toBe(verified);
    });
  });

  describe('home session list: how the last multi-step run ended', () => {
    const progressEvent = (seq: number, outcome: string, end?: string) => ({
      seq,
      event: {
        type: 'progress' as const,
        progress: { phase: 'done', outcome, ...(end ? { end } : {}) } as never,
      },
    });

    async function autopilotEnding(events: { seq: number; event: never }[]) {
      const id = await createSession({ problem: 'Autopilot problem' });
      const run = await createRun({ sessionId: id, roundId: null, kind: 'autopilot', model: 'm' });
      const n = events.length;
      await persistRunProgress({
        runId: run.id,
        events: [
          ...events,
          { seq: n + 1, event: { type: 'usage', usage: { promptTokens: 1, completionTokens: 1 } } },
          { seq: n + 2, event: { type: 'status', status: 'succeeded', error: null } },
        ] as never,
        status: 'succeeded',
      });
      return id;
    }

    it('reads why it ended from its last progress event, so home can say it did not pass', async () => {
      const incomplete = await autopilotEnding([
        progressEvent(1, 'verifying R1', undefined),
        progressEvent(
          2,
          'Stopped: verification incomplete in R1 — only 1 of 8 samples answered.',
          'verification-incomplete',
        ),
      ] as never);
      expect(await byId(incomplete)).toMatchObject({
        lastRunKind: 'autopilot',
        lastRunStatus: 'succeeded',
        lastRunEnd: 'verification-incomplete',
      });
      // A run recorded before `end` existed: read from its words.
      const older = await autopilotEnding([
        progressEvent(1, 'Stopped at the round limit (5).'),
      ] as never);
      expect((await byId(older))?.lastRunEnd).toBe('round-limit');
      const passed = await autopilotEnding([
        progressEvent(1, 'Passed in R2 (every sample at 1).', 'passed'),
      ] as never);
      expect((await byId(passed))?.lastRunEnd).toBe('passed');
      // A single-request run has no progress: nothing to say beyond its status.
      expect((await byId(verified))?.lastRunEnd).toBeNull();

      // The state filter follows what the list shows: only green runs are "Done".
      const allFailed = await autopilotEnding([
        progressEvent(1, 'Stopped: every model request failed.', 'model-failed'),
      ] as never);
      const ids = async (state: 'succeeded' | 'not-passed' | 'failed') =>
        new Set((await listSessions({ state })).sessions.map((s) => s.id));
      const done = await ids('succeeded');
      expect(done).toContain(passed);
      expect(done).toContain(verified);
      for (const id of [incomplete, older, allFailed]) expect(done).not.toContain(id);
      expect(await ids('not-passed')).toEqual(new Set([incomplete, older]));
      expect(await ids('failed')).toEqual(new Set([failing, allFailed]));
    });
  });

  describe('home session list: cursor paging', () => {
    it('walks every session once, page by page, in order, and counts them all', async () => {
      const all = (await listSessions({ limit: 200 })).sessions.map((s) => s.id);
      for (const sort of ['updated', 'created', 'score', 'rounds', 'title'] as const) {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await listSessions({ sort, limit: 2, cursor });
          expect(page.sessions.length).toBeLessThanOrEqual(2);
          expect(page.total).toBe(all.length);
          seen.push(...page.sessions.map((s) => s.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(seen).toEqual((await listSessions({ sort, limit: 200 })).sessions.map((s) => s.id));
        expect(new Set(seen)).toEqual(new Set(all));
      }
    });

    it('refuses a cursor it did not make', async () => {
      await expect(listSessions({ cursor: 'not-a-cursor' })).rejects.toThrow(/cursor/);
    });
  });
});
