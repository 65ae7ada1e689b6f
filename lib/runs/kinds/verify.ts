import 'server-only';
import { answeredCount, verificationIncomplete } from '@/lib/verification/completeness';
import { verificationSettings } from '@/lib/verification/settings';
import { ended, type JobOutcome } from '../engine/execute-job';
import type { JobStart } from '../engine/start-job';
import { metaVerifyRound, verificationToCheck } from '../steps/meta-verify';
import { roundToWorkOn } from '../steps/rounds';
import { verifySamples } from '../steps/verify-samples';

/**
 * Verify with n samples (and meta-verify them right after when the session says so). One
 * sample without meta-verification is the core loop's Verify: its report streams into the
 * run's text (the findings pane reads it live) and it sends no progress events.
 */
export async function verifyJob(
  sessionId: string,
  input: { roundId?: string; samples?: number },
): Promise<JobStart> {
  const settings = await verificationSettings(sessionId);
  const samples = input.samples ?? settings.samples;
  const single = samples === 1 && !settings.metaAuto;
  return {
    kind: 'verify',
    params: single ? undefined : { samples, metaAuto: settings.metaAuto },
    plan: async () => {
      const round = await roundToWorkOn(sessionId, input.roundId);
      return {
        roundId: round.id,
        progress: single ? false : { round: round.index, requestsTotal: samples },
        job: async (run) => {
          const verified = await verifySamples(run, round, samples, settings.minConfirmed);
          const done = summary(verified.samples, samples);
          if (!settings.metaAuto || run.signal.aborted) return single ? null : done;
          const checked = await metaVerifyRound(
            run,
            round,
            verified.verificationId,
            settings.minConfirmed,
          );
          return { ...done, text: `${done.text}; ${checked} meta-verified` };
        },
      };
    },
  };
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
export async function metaVerifyJob(sessionId: string, roundId?: string): Promise<JobStart> {
  const settings = await verificationSettings(sessionId);
  return {
    kind: 'meta-verify',
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
  };
}
