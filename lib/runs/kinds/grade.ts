import 'server-only';
import { getSessionReference, rubricForSession, setGrade } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseCheckpointAwards } from '@/lib/grading/checkpoint-awards';
import { rubricToText } from '@/lib/grading/rubric-text';
import { parsePoints } from '@/lib/parse/points';
import { gradingPrompt } from '@/lib/prompts/grade';
import type { RunPlan } from '../plan';

/**
 * Grading sends a round's proof with the session's reference solution and guidelines (when
 * it has them) to the grader role, and stores the points and reasons as the session's
 * automatic grade. A person's grade is kept apart and never overwritten. When the session's
 * problem has a rubric, the grader awards it checkpoint by checkpoint; the grade is then the
 * awards' capped sum, with the total the grader stated kept beside it.
 */
export async function planGrade(
  session: { id: string; problem: string },
  round: { id: string; proof: string },
  runId: string,
): Promise<RunPlan> {
  if (!round.proof.trim()) throw new AppError('conflict', 'There is no proof to grade yet.');
  const ref = await getSessionReference(session.id);
  const rubric = (await rubricForSession(session.id))?.rubric ?? null;
  const prompt = gradingPrompt({
    problem: session.problem,
    proof: round.proof,
    solution: ref?.solution,
    guidelines: ref?.guidelines,
    shortAnswer: ref?.shortAnswer,
    rubric: rubric ? rubricToText(rubric) : undefined,
  });
  return {
    role: 'grader',
    messages: prompt.messages,
    prompt: prompt.use,
    roundId: round.id,
    finalize: async (outcome) => {
      if (outcome.status !== 'succeeded') return null;
      if (rubric) {
        const awarded = parseCheckpointAwards(outcome.text, rubric);
        if (!awarded) {
          throw new Error(
            'the grader gave no checkpoint awards and no "<points>N out of 7</points>"',
          );
        }
        await setGrade(session.id, 'auto', {
          points: awarded.points,
          awards: awarded.awards,
          text: awarded.reasons,
          roundId: round.id,
          runId,
        });
        return null;
      }
      const verdict = parsePoints(outcome.text);
      // Failing the run shows the person that no grade was given, with the answer kept.
      if (!verdict) throw new Error('the grader did not end with "<points>N out of 7</points>"');
      await setGrade(session.id, 'auto', {
        points: verdict.points,
        text: verdict.reasons,
        roundId: round.id,
        runId,
      });
      return null;
    },
  };
}
