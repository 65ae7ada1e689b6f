import 'server-only';
import { adoptSingleVerification, latestVerification, listSamples, type RoundRow } from '@/lib/db';
import type { AutopilotInput, VerificationSettings } from '@/lib/schemas';
import { answeredCount, verificationIncomplete } from '@/lib/verification/completeness';
import { needsMeta } from '@/lib/verification/verdict';
import { ended, type JobOutcome } from '../engine/execute-job';
import type { RunContext } from '../engine/run-context';
import { metaVerifyRound } from './meta-verify';
import { describeRule, passes } from './pass-rule';
import { verifySamples } from './verify-samples';

/** The round's verification if it has one (adopting a legacy single-request one), else null. */
async function existingVerification(round: RoundRow): Promise<string | null> {
  const v = await latestVerification(round.id);
  if (v) return v.id;
  return round.score === null ? null : adoptSingleVerification(round.id);
}

/**
 * An autopilot's verdict on the whole of one round: verified (unless it already was, so a
 * resumed autopilot does not pay twice), meta-verified where the settings or the pass rule
 * want it, then judged by the pass rule. `outcome` is set when the autopilot ends here
 * (stopped, incomplete, passed); null means the round did not pass.
 */
export async function judgeRound(
  run: RunContext,
  round: RoundRow,
  input: AutopilotInput,
  settings: VerificationSettings,
): Promise<{ outcome: JobOutcome | null; verifiedNow: boolean }> {
  const n = input.samples ?? settings.samples;
  const k = settings.minConfirmed;
  const meta = settings.metaAuto || input.passRule.type === 'verdict';
  let verificationId = await existingVerification(round);
  const verifiedNow = !verificationId;
  if (!verificationId) ({ verificationId } = await verifySamples(run, round, n, k));
  const stop = (what: string) => ({
    outcome: ended('stopped', `Stopped while ${what} R${round.index}.`),
    verifiedNow,
  });
  if (run.signal.aborted) return stop('verifying');
  const samples = () => listSamples(verificationId as string);
  if (meta && (await samples()).some((s) => needsMeta(s) && s.metaScore === null)) {
    await metaVerifyRound(run, round, verificationId, k);
    if (run.signal.aborted) return stop('meta-verifying');
  }
  const all = await samples();
  if (verificationIncomplete(all, n)) {
    const text = `Stopped: verification incomplete in R${round.index} — only ${answeredCount(all)} of ${Math.max(n, all.length)} samples answered.`;
    return { outcome: ended('verification-incomplete', text), verifiedNow };
  }
  if (passes(all, input.passRule, k)) {
    const text = `Passed in R${round.index} (${describeRule(input.passRule)}).`;
    return { outcome: ended('passed', text), verifiedNow };
  }
  return { outcome: null, verifiedNow };
}
