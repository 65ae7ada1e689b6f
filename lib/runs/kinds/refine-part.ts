import 'server-only';
import { notFound } from '@/lib/errors';
import { buildOutline } from '@/lib/structure/outline';
import { JobFailure } from '../engine/execute-job';
import type { JobStart } from '../engine/start-job';
import { rewritePartStep } from '../steps/rewrite-part-step';
import { roundToWorkOn } from '../steps/rounds';

/**
 * "Rewrite this part" (issue 17): one generator request about one outline node of a round
 * (see rewritePartStep). An answer without a replacement creates no round: the run fails
 * saying why, and its output keeps the raw answer.
 */
export function refinePartJob(
  sessionId: string,
  input: { roundId?: string; nodeId: string },
): JobStart {
  return {
    kind: 'refine',
    params: { nodeId: input.nodeId },
    plan: async () => {
      const row = await roundToWorkOn(sessionId, input.roundId);
      const node = buildOutline(row.proof).nodes.find((n) => n.id === input.nodeId);
      if (!node) throw notFound('Part');
      return {
        roundId: row.id,
        progress: false,
        job: async (run) => {
          const done = await rewritePartStep(run, row, node);
          if (!done) return null;
          if (!done.ok)
            throw new JobFailure(
              `No round was created: the answer could not be spliced in (${done.reason}). The raw answer is in the run's output.`,
              done.finishReason,
            );
          return { outcome: null, finishReason: done.finishReason };
        },
      };
    },
  };
}
