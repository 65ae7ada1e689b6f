import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  addFindings,
  createRound,
  createRun,
  createSession,
  createShare,
  databasePath,
  getSession,
  persistRunProgress,
  recordRunPrompt,
  setGrade,
} from '@/lib/db';
import { AppError } from '@/lib/errors';
import { withTempDb } from '@/test/fixtures/temp-db';
import { deleteSession } from './service';

withTempDb();

/** Rows per table that mention the session, straight from the file (no app layer between). */
function rowsOf(sessionId: string) {
  const db = new Database(databasePath(), { readonly: true });
  try {
    const count = (sql: string) => (db.prepare(sql).get(sessionId) as { n: number }).n;
    return {
      rounds: count('SELECT count(*) n FROM rounds WHERE session_id = ?'),
      findings: count(
        'SELECT count(*) n FROM findings WHERE round_id IN (SELECT id FROM rounds WHERE session_id = ?)',
      ),
      runs: count('SELECT count(*) n FROM runs WHERE session_id = ?'),
      prompts: count('SELECT count(*) n FROM run_prompts WHERE session_id = ?'),
      grades: count('SELECT count(*) n FROM grades WHERE session_id = ?'),
      shares: count('SELECT count(*) n FROM shares WHERE session_id = ?'),
    };
  } finally {
    db.close();
  }
}

function promptTextCount(): number {
  const db = new Database(databasePath(), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) n FROM prompt_texts').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A session with a round, a finding, a finished run that sent `prompt`, a grade and a share. */
async function fullSession(prompt: string) {
  const id = await createSession({ problem: 'Prove that 1 + 1 = 2.' });
  const round = await createRound({ sessionId: id, origin: 'manual', proof: 'Obvious.' });
  await addFindings(round.id, null, [
    {
      severity: 'gap',
      quote: 'Obvious.',
      lines: { start: 1, end: 1 },
      description: 'No argument.',
      suggestion: '',
      anchor: null,
    },
  ]);
  const run = await createRun({ sessionId: id, roundId: round.id, kind: 'verify', model: 'm' });
  await recordRunPrompt({
    runId: run.id,
    sessionId: id,
    roundId: round.id,
    role: 'verifier',
    purpose: 'verify',
    setName: 'proofdesk',
    templateHash: 't',
    parser: 'auto',
    messages: [{ role: 'user', content: prompt }],
  });
  await persistRunProgress({ runId: run.id, events: [], status: 'succeeded' });
  await setGrade(id, 'human', {
    points: 3,
    awards: null,
    text: 'ok',
    roundId: round.id,
    runId: null,
  });
  await createShare(id);
  return { id, runId: run.id };
}

describe('deleting a session', () => {
  it('removes the session and everything in it, and the prompt texts no other run sent', async () => {
    const kept = await fullSession('shared prompt');
    const gone = await fullSession('shared prompt');
    const before = promptTextCount();
    await recordRunPrompt({
      runId: gone.runId,
      sessionId: gone.id,
      roundId: null,
      role: 'verifier',
      purpose: 'meta-verify',
      setName: 'proofdesk',
      templateHash: 't',
      parser: 'auto',
      messages: [{ role: 'user', content: 'only this session sent this' }],
    });
    expect(promptTextCount()).toBe(before + 1);
    expect(rowsOf(gone.id)).toEqual({
      rounds: 1,
      findings: 1,
      runs: 1,
      prompts: 2,
      grades: 1,
      shares: 1,
    });

    await deleteSession(gone.id);

    expect(await getSession(gone.id)).toBeUndefined();
    expect(rowsOf(gone.id)).toEqual({
      rounds: 0,
      findings: 0,
      runs: 0,
      prompts: 0,
      grades: 0,
      shares: 0,
    });
    // Its own prompt text went; the one the other session also sent stayed.
    expect(promptTextCount()).toBe(before);
    expect(rowsOf(kept.id)).toMatchObject({ rounds: 1, findings: 1, runs: 1, prompts: 1 });
  });

  it('is refused while a run of the session is going, and says why', async () => {
    const id = await createSession({ problem: 'P' });
    await createRun({ sessionId: id, roundId: null, kind: 'generate', model: 'm' });
    const err = await deleteSession(id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('conflict');
    expect((err as AppError).message).toContain('stop it, then delete');
    expect(await getSession(id)).toBeDefined();
  });

  it('answers not found for a session that does not exist', async () => {
    const err = await deleteSession('nope').catch((e: unknown) => e);
    expect((err as AppError).code).toBe('not_found');
  });
});
