import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { searchParamsSchema } from '@/lib/schemas';
import { describeOnBothBackends } from '@/test/db-backends';
import { insertRunRow } from '@/test/fixtures/db-rows';
import { conn } from '../conn';
import { listCalibrationPoints } from './calibration';
import { clearGrade, getSessionGrade, listGradedSessions, setGrade } from './grades';
import { createRound, setRoundScore } from './rounds';
import {
  candidateProofs,
  createSearch,
  getCandidate,
  getSearch,
  insertCandidate,
  insertSearchVerification,
  listCandidates,
  listRunningSearches,
  listSearchVerifications,
  listSessionSearches,
  searchVerificationTexts,
  updateSearch,
} from './search';
import { createSession } from './sessions';

const grade = (points: number, roundId: string | null = null) => ({
  points,
  text: `${points} points`,
  roundId,
  runId: null,
});

/** Grades, the calibration points and proof searches, on SQLite and on Postgres. */
describeOnBothBackends('grades', () => {
  it('sets, replaces and clears each kind of grade, and lists graded sessions oldest first', async () => {
    const a = await createSession({ problem: 'A' });
    const b = await createSession({ problem: 'B' });
    await setGrade(b, 'auto', grade(3));
    await setGrade(a, 'human', { ...grade(5), maxPoints: 10 });
    await setGrade(a, 'human', grade(6));
    await setGrade(a, 'auto', grade(2));
    const got = await getSessionGrade(a);
    expect(got.human).toMatchObject({ points: 6, maxPoints: 7, rationale: '6 points' });
    expect(got.auto?.points).toBe(2);
    await clearGrade(a, 'auto');
    expect((await getSessionGrade(a)).auto).toBeNull();
    const listed = await listGradedSessions();
    expect(listed.map((g) => [g.title, g.human?.points ?? null, g.auto?.points ?? null])).toEqual([
      ['A', 6, null],
      ['B', null, 3],
    ]);
    expect(listed[0].source).toBe('');
    expect(await listGradedSessions('no-such-batch')).toEqual([]);
  });

  it("pairs each human grade with its round's verifier score, in import order", async () => {
    const { db, t } = await conn();
    // Imported in one millisecond: the record's line keeps their order (no rowid on Postgres).
    for (const line of [2, 1]) {
      const s = await createSession({ problem: `line ${line}` });
      await db.update(t.sessions).set({ createdAt: 5 }).where(eq(t.sessions.id, s));
      await db
        .insert(t.importedSessions)
        .values({ sessionId: s, batchId: 'b', line, createdAt: 5 });
      const r = await createRound({ sessionId: s, origin: 'import', proof: 'p' });
      await setRoundScore(r.id, line / 4);
      await setGrade(s, 'human', grade(line, r.id));
    }
    const ungraded = await createSession({ problem: 'no score' });
    const r = await createRound({ sessionId: ungraded, origin: 'import', proof: 'p' });
    await setGrade(ungraded, 'human', grade(0, r.id));
    const got = await listCalibrationPoints();
    expect(got.map((p) => [p.title, p.humanPoints, p.verifierMean, p.samples])).toEqual([
      ['line 1', 1, 0.25, null],
      ['line 2', 2, 0.5, null],
    ]);
    expect((await listGradedSessions('b')).map((g) => g.title).sort()).toEqual([
      'line 1',
      'line 2',
    ]);
  });
});

describeOnBothBackends('search', () => {
  it('stores a search, its candidates with ordinals, verifications and status', async () => {
    const sessionId = await createSession({ problem: 'P' });
    const runId = await insertRunRow(sessionId, { kind: 'search' });
    const id = await createSearch({ sessionId, runId, params: searchParamsSchema.parse({}) });
    expect((await listRunningSearches()).map((s) => s.id)).toContain(id);
    const candidate = (proof: string) =>
      insertCandidate({
        searchId: id,
        generation: 0,
        parents: [],
        analyses: [],
        proof,
        selfScore: null,
        failed: false,
        promptTokens: 1,
        completionTokens: 2,
        startedAt: 1,
        finishedAt: 2,
      });
    const [one, two] = await Promise.all([candidate('first'), candidate('second')]);
    expect([one.ordinal, two.ordinal].sort()).toEqual([1, 2]);
    const v = await insertSearchVerification({
      searchId: id,
      candidateId: one.id,
      score: 1,
      text: 'fine',
      failed: false,
      promptTokens: 0,
      completionTokens: 0,
      startedAt: 3,
      finishedAt: 4,
    });
    expect((await listCandidates(id)).map((c) => c.ordinal)).toEqual([1, 2]);
    expect((await getCandidate(id, one.id))?.proof).toBe('first');
    expect(await getCandidate('other', one.id)).toBeUndefined();
    expect(await candidateProofs([two.id])).toEqual(new Map([[two.id, 'second']]));
    expect((await listSearchVerifications(id)).map((x) => x.id)).toEqual([v]);
    expect((await searchVerificationTexts({ candidateId: one.id }))[0].text).toBe('fine');
    expect(await searchVerificationTexts({ ids: [] })).toEqual([]);
    await updateSearch(id, { status: 'passed', finishedAt: 9 });
    expect(await getSearch(id)).toMatchObject({ status: 'passed', finishedAt: 9 });
    expect(await listRunningSearches()).toEqual([]);
    expect((await listSessionSearches(sessionId)).map((s) => s.id)).toEqual([id]);
  });
});
