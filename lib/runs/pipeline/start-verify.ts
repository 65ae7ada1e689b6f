import 'server-only';
import type { Run } from '@/lib/schemas';
import { metaVerifyRound, verificationToCheck } from './meta-verify';
import { roundToWorkOn } from './rounds';
import { pipelineSettings } from './settings';
import { startPipelineRun } from './start';
import { verifySamples } from './verify-samples';

/** Verify with n samples (and meta-verify them right after when the session says so). */
export async function startVerifyMany(
  sessionId: string,
  input: { roundId?: string; samples: number },
): Promise<Run> {
  const settings = await pipelineSettings(sessionId);
  return startPipelineRun(sessionId, {
    kind: 'verify',
    role: 'verifier',
    params: { samples: input.samples, metaAuto: settings.metaAuto },
    plan: async (_session, _runId) => {
      const round = await roundToWorkOn(sessionId, input.roundId);
      return {
        roundId: round.id,
        progress: { round: round.index, requestsTotal: input.samples },
        job: async (run) => {
          const { verificationId, samples } = await verifySamples(
            run,
            round,
            input.samples,
            settings.minConfirmed,
          );
          if (!settings.metaAuto || run.signal.aborted)
            return summary(samples.length, input.samples);
          const checked = await metaVerifyRound(run, round, verificationId, settings.minConfirmed);
          return `${summary(samples.length, input.samples)}; ${checked} meta-verified`;
        },
      };
    },
  });
}

function summary(done: number, n: number): string {
  return `${done} of ${n} sample${n === 1 ? '' : 's'} verified`;
}

/** Meta-verify the latest verification of a round, on demand. */
export async function startMetaVerify(sessionId: string, roundId?: string): Promise<Run> {
  const settings = await pipelineSettings(sessionId);
  return startPipelineRun(sessionId, {
    kind: 'meta-verify',
    role: 'meta-verifier',
    params: {},
    plan: async () => {
      const round = await roundToWorkOn(sessionId, roundId);
      const verificationId = await verificationToCheck(round.id);
      return {
        roundId: round.id,
        progress: { round: round.index },
        job: async (run) => {
          const n = await metaVerifyRound(run, round, verificationId, settings.minConfirmed);
          return n
            ? `${n} analyses meta-verified`
            : 'No analysis reported an issue: nothing to check.';
        },
      };
    },
  });
}
