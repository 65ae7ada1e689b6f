import { expect, it } from 'vitest';
import { describeOnBothBackends } from '@/test/db-backends';
import { insertRunRow } from '@/test/fixtures/db-rows';
import { conn } from '../conn';
import { addFindings, listActionableFindings } from './findings';
import { setGrade } from './grades';
import { recordPartVerification } from './part-verifications';
import { recordRunPrompt } from './prompts';
import { addReply } from './replies';
import { createRound } from './rounds';
import { dumpSession } from './session-dump';
import { restoreSession } from './session-restore';
import { createSession } from './sessions';

const finding = {
  severity: 'minor' as const,
  quote: 'q',
  lines: null,
  description: 'd',
  suggestion: 's',
  anchor: null,
};

/** The JSON export's read of everything about a session and its restore, on SQLite and on Postgres. */
describeOnBothBackends('dumpSession and restoreSession', () => {
  it('reads a session with its rounds, findings, threads, parts, runs, grades and prompts', async () => {
    expect(await dumpSession('no-such-session')).toBeUndefined();
    const sessionId = await createSession({ problem: 'Prove it.', title: 'T' });
    const round = await createRound({ sessionId, origin: 'generate', proof: 'p' });
    await addFindings(round.id, null, [finding]);
    const [f] = await listActionableFindings(round.id);
    await addReply({ findingId: f.id, text: 'see line 2', author: 'ann' });
    const runId = await insertRunRow(sessionId, { kind: 'verify' });
    await recordPartVerification({ roundId: round.id, nodeId: 'L1', runId, score: 1, items: [] });
    await setGrade(sessionId, 'human', { points: 7, text: 'ok', roundId: round.id, runId: null });
    await recordRunPrompt({
      runId,
      sessionId,
      roundId: round.id,
      role: 'v',
      purpose: 'verify',
      setName: 's',
      templateHash: 'h',
      parser: 'text',
      messages: [{ role: 'user', content: 'check it' }],
    });
    const dump = await dumpSession(sessionId);
    expect(dump?.session).toMatchObject({ id: sessionId, title: 'T', problem: 'Prove it.' });
    expect(dump?.rounds.map((r) => [r.index, r.proof])).toEqual([[1, 'p']]);
    expect(dump?.rounds[0].findings[0].replies.map((r) => [r.text, r.author])).toEqual([
      ['see line 2', 'ann'],
    ]);
    expect(dump?.rounds[0].partVerifications).toEqual([
      { nodeId: 'L1', runId, score: 1, createdAt: expect.any(Number) },
    ]);
    expect(dump?.runs.map((r) => r.id)).toEqual([runId]);
    expect(dump?.grades.map((g) => [g.kind, g.points])).toEqual([['human', 7]]);
    expect(dump?.prompts).toHaveLength(1);
    expect(Object.values(dump?.promptTexts ?? {})).toEqual([
      [{ role: 'user', content: 'check it' }],
    ]);
  });

  it('restores an export under fresh ids with its links mapped, and stores nothing when a row fails', async () => {
    const sessionId = await createSession({ problem: 'Restore me.' });
    const round = await createRound({ sessionId, origin: 'generate', proof: 'p' });
    const runId = await insertRunRow(sessionId, { kind: 'verify', status: 'running' });
    await addFindings(round.id, runId, [finding]);
    const [f] = await listActionableFindings(round.id);
    await addReply({ findingId: f.id, text: 'a note', author: null });
    await setGrade(sessionId, 'auto', { points: 3, text: 'g', roundId: round.id, runId });
    const dump = await dumpSession(sessionId);
    if (!dump) throw new Error('no dump');
    const copyId = await restoreSession(dump);
    const copy = await dumpSession(copyId);
    expect(copy?.rounds[0].findings[0].replies.map((r) => r.text)).toEqual(['a note']);
    expect(copy?.runs[0].status).toBe('interrupted');
    expect(copy?.grades[0].roundId).toBe(copy?.rounds[0].id);
    expect(copy?.rounds[0].findings[0].runId).toBe(copy?.runs[0].id);
    const broken = { ...dump, grades: [{ ...dump.grades[0], kind: null as unknown as 'auto' }] };
    const { db, t } = await conn();
    const sessionsNow = (await db.select({ id: t.sessions.id }).from(t.sessions)).length;
    await expect(restoreSession(broken)).rejects.toThrow(
      /The null grade could not be stored: [\s\S]*nothing was stored/,
    );
    expect((await db.select({ id: t.sessions.id }).from(t.sessions)).length).toBe(sessionsNow);
  });
});
