import { describe, expect, it } from 'vitest';
import { createSession, getSessionGrade, setSessionReference } from '@/lib/db';
import { withTempDb } from '@/test/fixtures/temp-db';
import { planGrade } from './grade';

withTempDb();

const outcome = (text: string) => ({
  status: 'succeeded' as const,
  text,
  reasoning: '',
  finishReason: 'stop',
});

describe('planGrade', () => {
  it('grades with the grader role against the reference, storing points and reasons', async () => {
    const id = await createSession({ problem: 'Prove P.' });
    await setSessionReference(id, {
      problemId: null,
      solution: 'REFERENCE-SOLUTION',
      guidelines: '(Partial) 1. GUIDELINE',
      shortAnswer: '',
      source: '',
    });
    const plan = await planGrade(
      { id, problem: 'Prove P.' },
      { id: 'round-1', proof: 'My proof.' },
      'run-1',
    );
    expect(plan.role).toBe('grader');
    expect(plan.roundId).toBe('round-1');
    const prompt = plan.messages.map((m) => m.content).join('\n');
    for (const s of ['REFERENCE-SOLUTION', 'GUIDELINE', 'My proof.', 'out of 7'])
      expect(prompt).toContain(s);
    await plan.finalize(outcome('The lemma is unproved.\n\n<points>1 out of 7</points>'));
    expect((await getSessionGrade(id)).auto).toMatchObject({
      points: 1,
      reasons: 'The lemma is unproved.',
      roundId: 'round-1',
      runId: 'run-1',
    });
  });

  it('fails the run when the grader gives no points, and stores nothing for a stopped run', async () => {
    const id = await createSession({ problem: 'Q' });
    const plan = await planGrade({ id, problem: 'Q' }, { id: 'r', proof: 'p' }, 'run');
    await expect(plan.finalize(outcome('No verdict here.'))).rejects.toThrow(/points/);
    await plan.finalize({ ...outcome('<points>7 out of 7</points>'), status: 'stopped' });
    expect((await getSessionGrade(id)).auto).toBeNull();
    await expect(planGrade({ id, problem: 'Q' }, { id: 'r', proof: '  ' }, 'run')).rejects.toThrow(
      /no proof/,
    );
  });
});
