import { describe, expect, it } from 'vitest';
import { createRound, getSessionGrade, listProblems, setGrade } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { importProblemSet, startSessionFromProblem } from '@/lib/library/service';
import { planGrade } from '@/lib/runs/kinds/grade';
import { withTempDb } from '@/test/fixtures/temp-db';
import { problemRubric, removeProblemRubric, saveProblemRubric } from './rubric-service';
import { gradesOverview, sessionGrade, setHumanGrade } from './service';

withTempDb();

const RUBRIC = {
  checkpoints: [
    { id: 'C1', text: 'Normalise.', points: 2 },
    { id: 'C2', text: 'Prove the bound.', points: 4 },
    { id: 'C3', text: 'Finish.', points: 1 },
  ],
  zeroCredit: ['Special cases only.'],
  deductions: [{ id: 'D1', text: 'Wrong equality case.', points: 2 }],
};

async function problemWithRubric(key: string) {
  await importProblemSet(
    JSON.stringify([{ id: key, problem: `Problem ${key}`, solution: 'Ref.' }]),
    'application/json',
  );
  const id = (await listProblems({ q: key, limit: 10 })).problems[0].id;
  await saveProblemRubric(id, RUBRIC);
  const sessionId = await startSessionFromProblem(id);
  const round = await createRound({ sessionId, origin: 'manual', proof: 'My proof.' });
  return { problemId: id, sessionId, roundId: round.id };
}

describe('grading by checkpoint', () => {
  it("stores a person's awards and the capped sum, refusing ids and points the rubric does not have", async () => {
    const { problemId, sessionId } = await problemWithRubric('R-1');
    const g = await setHumanGrade(sessionId, {
      checkpoints: { C1: 2, C2: 4, C3: 1 },
      deductions: ['D1'],
      rationale: ' Equality case wrong. ',
    });
    expect(g.human).toMatchObject({ points: 5, maxPoints: 7, rationale: 'Equality case wrong.' });
    expect(g.human?.awards?.checkpoints).toEqual([
      { id: 'C1', points: 2, reason: '' },
      { id: 'C2', points: 4, reason: '' },
      { id: 'C3', points: 1, reason: '' },
    ]);
    expect(g.rubric?.checkpoints).toHaveLength(3);
    // The grade keeps the rubric it was given under: an edit later does not change its meaning.
    await saveProblemRubric(problemId, {
      ...RUBRIC,
      checkpoints: [{ id: 'C1', text: 'Anything.', points: 7 }],
    });
    const later = await sessionGrade(sessionId);
    expect(later.human?.awards?.rubric?.checkpoints.map((c) => c.text)).toEqual([
      'Normalise.',
      'Prove the bound.',
      'Finish.',
    ]);
    expect(later.rubric?.checkpoints).toHaveLength(1);
    // Removed: the problem has none, the grade still has its copy.
    expect((await removeProblemRubric(problemId)).rubric).toBeNull();
    expect((await problemRubric(problemId)).rubric).toBeNull();
    const removed = await sessionGrade(sessionId);
    expect(removed.rubric).toBeNull();
    expect(removed.human?.awards?.rubric?.checkpoints).toHaveLength(3);
    await saveProblemRubric(problemId, RUBRIC);
    const bad = await setHumanGrade(sessionId, {
      checkpoints: { C1: 3, X: 1 },
      deductions: [],
      rationale: '',
    }).catch((e: AppError) => e);
    expect(bad).toBeInstanceOf(AppError);
    expect((bad as AppError).message).toBe(
      'checkpoint "C1" is worth at most 2; "X" is not a checkpoint of this rubric',
    );
    expect((await getSessionGrade(sessionId)).human?.points).toBe(5);
  });

  it('refuses checkpoint awards for a session whose problem has no rubric', async () => {
    await importProblemSet(
      JSON.stringify([{ id: 'N-1', problem: 'No rubric' }]),
      'application/json',
    );
    const id = (await listProblems({ q: 'N-1', limit: 10 })).problems[0].id;
    const sessionId = await startSessionFromProblem(id);
    expect((await problemRubric(id)).rubric).toBeNull();
    await expect(
      setHumanGrade(sessionId, { checkpoints: { C1: 1 }, deductions: [], rationale: '' }),
    ).rejects.toThrow(/has no rubric/);
    // Today's grading stays.
    expect((await setHumanGrade(sessionId, { points: 6, rationale: '' })).human?.points).toBe(6);
  });

  it('asks the grader for checkpoint awards and stores them, the stated total kept beside the sum', async () => {
    const { sessionId, roundId } = await problemWithRubric('R-2');
    const plan = await planGrade(
      { id: sessionId, problem: 'P' },
      { id: roundId, proof: 'My proof.' },
      'run',
    );
    const prompt = plan.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('- [C2] (4 points) Prove the bound.');
    expect(prompt).toContain('<award checkpoint="C1" points="2">');
    await plan.finalize({
      status: 'succeeded',
      reasoning: '',
      finishReason: 'stop',
      text: 'Checked.\n<award checkpoint="C1" points="2">ok</award>\n<award checkpoint="C2" points="1">gap</award>\n<award checkpoint="C3" points="1">ok</award>\n<points>7 out of 7</points>',
    });
    const auto = (await sessionGrade(sessionId)).auto;
    expect(auto).toMatchObject({ points: 4, reasons: 'Checked.' });
    expect(auto?.awards?.statedPoints).toBe(7);
    expect(auto?.awards?.checkpoints.map((c) => c.points)).toEqual([2, 1, 1]);
  });

  it('measures agreement per checkpoint over sessions both graded by checkpoint', async () => {
    const { sessionId, roundId } = await problemWithRubric('R-3');
    const awards = (points: number[]) => ({
      checkpoints: points.map((p, i) => ({ id: `C${i + 1}`, points: p, reason: '' })),
      deductions: [],
      statedPoints: null,
      notes: [],
    });
    await setGrade(sessionId, 'auto', {
      points: 7,
      text: '',
      roundId,
      runId: null,
      awards: awards([2, 4, 1]),
    });
    await setHumanGrade(sessionId, {
      checkpoints: { C1: 2, C2: 1, C3: 1 },
      deductions: [],
      rationale: '',
    });
    const rows = (await gradesOverview()).checkpoints.filter((c) => c.problemLabel === 'R-3');
    expect(rows.map((r) => [r.checkpointId, r.pairs, r.exact, r.meanAbsoluteDifference])).toEqual([
      ['C1', 1, 1, 0],
      ['C2', 1, 0, 3],
      ['C3', 1, 1, 0],
    ]);
  });
});

describe('rubrics imported with a problem set', () => {
  it('reads a rubric object (JSON) and a checkpoints column (CSV); prose under "rubric" stays the guidelines', async () => {
    await importProblemSet(
      JSON.stringify([{ id: 'J-1', problem: 'With rubric', rubric: RUBRIC }]),
      'application/json',
    );
    const csv = `Problem ID,Problem,Checkpoints,Rubric\nK-1,Alpha,"- [A] (3 points) First.\n- [B] (4 points) Second.",(Partial) 1. Prose guidelines.\n`;
    await importProblemSet(csv, 'text/csv');
    const j = (await listProblems({ q: 'J-1', limit: 5 })).problems[0];
    expect((await problemRubric(j.id)).rubric).toEqual(RUBRIC);
    const k = (await listProblems({ q: 'K-1', limit: 5 })).problems[0];
    expect((await problemRubric(k.id)).rubric?.checkpoints.map((c) => [c.id, c.points])).toEqual([
      ['A', 3],
      ['B', 4],
    ]);
    expect(k.hasGuidelines).toBe(true);
  });

  it('refuses the set when a rubric adds up to more than 7, naming the record', async () => {
    const over = {
      checkpoints: [
        { id: 'a', text: 'x', points: 4 },
        { id: 'b', text: 'y', points: 4 },
      ],
    };
    const err = await importProblemSet(
      JSON.stringify([{ id: 'O-1', problem: 'Over', rubric: over }]),
      'application/json',
    ).catch((e: AppError) => e);
    expect((err as AppError).message).toMatch(
      /item 1 \(O-1\): the rubric: checkpoints: the checkpoints add up to 8 points, more than 7/,
    );
  });
});
