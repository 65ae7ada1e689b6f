import 'server-only';
import type { Run } from '@/lib/schemas';
import { answeredCount, verificationIncomplete } from '@/lib/verification/completeness';
import { ended, type JobOutcome } from './execute';
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
          const verified = summary(samples, input.samples);
          if (!settings.metaAuto || run.signal.aborted) return verified;
          const checked = await metaVerifyRound(run, round, verificationId, settings.minConfirmed);
          return { ...verified, text: `${verified.text}; ${checked} meta-verified` };
        },
      };
    },
  });
}

/** "8 of 8 samples answered" is done; a failed sample is a warning, under half incomplete. */
function summary(samples: { status: string }[], n: number): JobOutcome {
  const answered = answeredCount(samples);
  const words = `${answered} of ${n} sample${n === 1 ? '' : 's'} answered`;
  if (verificationIncomplete(samples, n))
    return ended('verification-incomplete', `Verification incomplete: only ${words}`);
  return answered < n ? ended('samples-failed', words) : ended('done', words);
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
            ? ended('done', `${n} analyses meta-verified`)
            : ended('done', 'No analysis reported an issue: nothing to check.');
        },
      };
    },
  });
}
