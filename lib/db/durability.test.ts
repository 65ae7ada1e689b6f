import { afterEach, describe, expect, it } from 'vitest';
import { withTempDb } from '@/test/fixtures/temp-db';
import { getDb } from './client';
import {
  addFindings,
  clearGrade,
  createRound,
  createSession,
  listProblems,
  listRounds,
  persistRunProgress,
  saveProofWithPlacements,
  setDecision,
  setGrade,
  setRubric,
  updateSession,
  upsertProblems,
} from './index';
import { setWriteFaultForTests } from './write-fault';

/**
 * Issue 11: what a person did survives power loss once the API answered 2xx. SQLite runs
 * with synchronous=NORMAL (WAL not fsynced per commit); these writes must commit with FULL
 * (WAL fsynced before the call returns). The seam in the write path reports the pragma in
 * force inside each write transaction.
 */
withTempDb();
afterEach(() => setWriteFaultForTests(null));

function recordSynchronous() {
  const seen: { what: string; synchronous: number }[] = [];
  setWriteFaultForTests((what) => {
    seen.push({
      what,
      synchronous: getDb().$client.pragma('synchronous', { simple: true }) as number,
    });
  });
  return seen;
}

const FULL = 2;
const NORMAL = 1;

describe('durability of acknowledged writes', () => {
  it('commits decisions, notes, grades and hand edits with synchronous=FULL, and goes back to NORMAL', async () => {
    const sessionId = await createSession({ problem: 'Prove that 1 + 1 = 2.' });
    const round = await createRound({ sessionId, origin: 'manual', proof: 'Obvious.' });
    await addFindings(round.id, null, [
      {
        severity: 'gap',
        quote: 'Obvious',
        lines: null,
        description: 'Why?',
        suggestion: 'Say.',
        anchor: null,
      },
    ]);
    const finding = (await listRounds(sessionId))[0].findings[0];
    const seen = recordSynchronous();
    await setDecision(finding.id, 'overridden', 'It is an axiom here.');
    await setGrade(sessionId, 'human', { points: 7, text: 'fine', roundId: round.id, runId: null });
    await clearGrade(sessionId, 'human');
    await saveProofWithPlacements(round.id, 'By definition of 2, indeed.', []);
    await updateSession(sessionId, { problem: 'Prove that 1 + 1 = 2 in N.' });
    expect(seen).toEqual(
      ['decision', 'grade', 'grade', 'hand edit', 'hand edit'].map((what) => ({
        what,
        synchronous: FULL,
      })),
    );
    // Everything else (here: streamed run events) stays NORMAL.
    expect(getDb().$client.pragma('synchronous', { simple: true })).toBe(NORMAL);
  });

  it('commits a rubric with synchronous=FULL', async () => {
    await upsertProblems(
      [
        {
          key: 'dur-1',
          statement: 'P',
          solution: '',
          guidelines: '',
          shortAnswer: '',
          category: '',
          level: '',
          source: '',
        },
      ],
      'import',
    );
    const problemId = (await listProblems({ q: 'dur-1', limit: 5 })).problems[0].id;
    const seen = recordSynchronous();
    await setRubric(problemId, {
      checkpoints: [{ id: 'C1', text: 'All of it.', points: 7 }],
      zeroCredit: [],
      deductions: [],
    });
    expect(seen).toEqual([{ what: 'rubric', synchronous: FULL }]);
  });

  it('keeps streamed run events at NORMAL', async () => {
    const { createRun } = await import('./index');
    const sessionId = await createSession({ problem: 'p' });
    const run = await createRun({ sessionId, roundId: null, kind: 'generate', model: 'm' });
    const seen = recordSynchronous();
    await persistRunProgress({
      runId: run.id,
      events: [{ seq: 1, event: { type: 'text', delta: 'x' } }],
    });
    expect(seen).toEqual([{ what: 'run progress', synchronous: NORMAL }]);
  });
});
