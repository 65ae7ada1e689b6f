import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeOnBothBackends } from '@/test/db-backends';
import { insertRunRow } from '@/test/fixtures/db-rows';
import { conn } from '../conn';
import { recordRunPrompt } from './prompts';
import { emptyRoundsOfInterrupted, lastRunProgress } from './run-progress';
import { deleteSessionRows } from './session-delete';
import { createSession, getSession, updateSession } from './sessions';

/** Sessions and what reads a run's leftovers, the same on SQLite and on Postgres. */
async function promptTextCount() {
  const { db, t } = await conn();
  return (await db.select().from(t.promptTexts)).length;
}

describeOnBothBackends('sessions', () => {
  it('creates, reads, edits (moving its activity time) and deletes a session', async () => {
    const id = await createSession({ problem: 'Prove it.', title: '  A title ' });
    const created = await getSession(id);
    expect(created).toMatchObject({ problem: 'Prove it.', title: 'A title', roundCount: 0 });
    await new Promise((r) => setTimeout(r, 2));
    await updateSession(id, { problem: 'Prove it twice.' });
    const edited = await getSession(id);
    expect(edited?.problem).toBe('Prove it twice.');
    expect(edited?.activityAt).toBeGreaterThan(created?.activityAt ?? 0);
    expect(await deleteSessionRows(id)).toBe(true);
    expect(await deleteSessionRows(id)).toBe(false);
    expect(await getSession(id)).toBeUndefined();
  });

  it('deletes a session with its runs and the prompt texts no other run uses', async () => {
    const keep = await createSession({ problem: 'Kept' });
    const gone = await createSession({ problem: 'Gone' });
    const base = {
      roundId: null,
      role: 'g',
      purpose: 'draft',
      setName: 's',
      templateHash: 'h',
      parser: 'text',
    };
    const shared = [{ role: 'user' as const, content: 'shared' }];
    const own = [{ role: 'user' as const, content: 'own' }];
    const keptRun = await insertRunRow(keep);
    const goneRun = await insertRunRow(gone);
    await recordRunPrompt({ ...base, runId: keptRun, sessionId: keep, messages: shared });
    await recordRunPrompt({ ...base, runId: goneRun, sessionId: gone, messages: shared });
    await recordRunPrompt({ ...base, runId: goneRun, sessionId: gone, messages: own });
    expect(await promptTextCount()).toBe(2);
    await deleteSessionRows(gone);
    expect(await promptTextCount()).toBe(1);
    const { db, t } = await conn();
    expect(await db.select().from(t.runs).where(eq(t.runs.sessionId, gone))).toEqual([]);
  });

  it("reads a run's last progress and the empty rounds of interrupted runs", async () => {
    const sessionId = await createSession({ problem: 'P' });
    const runId = await insertRunRow(sessionId, { kind: 'refine', status: 'interrupted' });
    const { db, t } = await conn();
    const progress = (n: number) => JSON.stringify({ type: 'progress', progress: { step: n } });
    await db.insert(t.runEvents).values([
      { runId, seq: 1, data: progress(1) },
      { runId, seq: 2, data: progress(2) },
      { runId, seq: 3, data: JSON.stringify({ type: 'delta', text: 'x' }) },
    ]);
    expect(await lastRunProgress(runId)).toEqual({ step: 2 });
    const at = { createdAt: 1, updatedAt: 1 };
    await db.insert(t.rounds).values([
      {
        id: 'r-empty',
        sessionId,
        index: 0,
        origin: 'refined',
        proof: '',
        sourceRunId: runId,
        ...at,
      },
      {
        id: 'r-full',
        sessionId,
        index: 1,
        origin: 'refined',
        proof: 'x',
        sourceRunId: runId,
        ...at,
      },
    ]);
    expect(await emptyRoundsOfInterrupted('refine')).toEqual(['r-empty']);
    expect(await emptyRoundsOfInterrupted('draft')).toEqual([]);
  });
});
