import 'server-only';
import { notFound } from '@/lib/errors';
import type { JobStart } from '../engine/start-job';
import { roundToWorkOn } from '../steps/rounds';
import { partOfProof, verifyPartStep } from '../steps/verify-part-step';

/**
 * "Verify this part" (issue 17): one verifier request about one outline node of a round (see
 * verifyPartStep). A normal run: its report streams into the run's text, Stop works, the run
 * is persisted.
 */
export function verifyPartJob(
  sessionId: string,
  input: { roundId?: string; nodeId: string },
): JobStart {
  return {
    kind: 'verify',
    params: { nodeId: input.nodeId },
    plan: async () => {
      const round = await roundToWorkOn(sessionId, input.roundId);
      const found = partOfProof(round.proof, input.nodeId);
      if (!found) throw notFound('Part');
      return {
        roundId: round.id,
        progress: false,
        job: async (run) => {
          const done = await verifyPartStep(run, round, found);
          return done && { outcome: null, finishReason: done.finishReason };
        },
      };
    },
  };
}
