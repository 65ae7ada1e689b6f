import { beforeAll, expect, it } from 'vitest';
import type { Rubric } from '@/lib/schemas';
import { describeOnBothBackends } from '@/test/db-backends';
import { insertProblemRow } from '@/test/fixtures/db-rows';
import { getSessionReference, setSessionReference } from './references';
import { clearRubric, getRubric, rubricForSession, rubricsByProblem, setRubric } from './rubrics';
import { createSession } from './sessions';

/** A session's reference and its problem's rubric, the same on SQLite and on Postgres. */
const rubric = {
  checkpoints: [{ id: 'c1', text: 'Sets up the induction', points: 7 }],
  zeroCredit: ['Only examples'],
  deductions: [],
} as unknown as Rubric;

describeOnBothBackends('references and rubrics', () => {
  let sessionId = '';
  let problemId = '';
  beforeAll(async () => {
    sessionId = await createSession({ problem: 'Prove that 1 + 1 = 2.' });
    problemId = await insertProblemRow('PB-1');
  });

  it('sets a reference, replaces it in place, and reads it back', async () => {
    expect(await getSessionReference(sessionId)).toBeNull();
    const ref = { problemId, solution: 's', guidelines: 'g', shortAnswer: '2', source: 'X' };
    await setSessionReference(sessionId, ref);
    await setSessionReference(sessionId, { ...ref, guidelines: 'g2' });
    expect(await getSessionReference(sessionId)).toEqual({ ...ref, guidelines: 'g2' });
  });

  it('stores a rubric as JSON, finds it through the session, replaces and clears it', async () => {
    const at = await setRubric(problemId, rubric);
    expect(await getRubric(problemId)).toEqual({ rubric, updatedAt: at });
    expect(await rubricForSession(sessionId)).toEqual({ problemId, rubric });
    const edited = { ...rubric, zeroCredit: [] } as Rubric;
    await setRubric(problemId, edited);
    expect((await rubricsByProblem()).get(problemId)).toEqual(edited);
    await clearRubric(problemId);
    expect(await getRubric(problemId)).toBeNull();
    expect(await rubricForSession(sessionId)).toBeNull();
  });
});
