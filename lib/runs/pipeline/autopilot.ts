import 'server-only';
import { adoptSingleVerification, latestVerification, listSamples, type RoundRow } from '@/lib/db';
import type { AutopilotInput, PipelineSettings, Run } from '@/lib/schemas';
import { answeredCount, verificationIncomplete } from '@/lib/verification/completeness';
import { needsMeta } from '@/lib/verification/verdict';
import { autoAccept } from './auto-accept';
import { metaVerifyRound } from './meta-verify';
import { describeRule, passes } from './pass-rule';
import { ended, type JobOutcome } from './execute';
import type { PipelineRun } from './pipeline-run';
import { refineStep } from './refine-step';
import { roundToWorkOn } from './rounds';
import { pipelineSettings } from './settings';
import { startPipelineRun } from './start';
import { verifySamples } from './verify-samples';

/** The round's verification if it has one (adopting a single-request one), else null. */
async function existingVerification(round: RoundRow): Promise<string | null> {
  const v = await latestVerification(round.id);
  if (v) return v.id;
  return round.score === null ? null : adoptSingleVerification(round.id);
}

/**
 * Verify (if the round has no verification yet) → refine → verify → … until the proof
 * passes, the round limit or the token budget is reached, or — when pausing each round — a
 * new verification awaits the person's decisions (a new autopilot run continues from there).
 * Run through, accepted = every confirmed finding (every finding without meta-verification).
 */
async function autopilot(
  run: PipelineRun,
  input: AutopilotInput,
  settings: PipelineSettings,
  first: RoundRow,
): Promise<JobOutcome> {
  const n = input.samples ?? settings.samples;
  const k = settings.minConfirmed;
  const meta = settings.metaAuto || input.passRule.type === 'verdict';
  const budget = input.budgetTokens ?? null;
  const spent: number[] = [];
  let round = first;
  let refined = 0;
  for (;;) {
    const began = Date.now();
    let verificationId = await existingVerification(round);
    const verifiedNow = !verificationId;
    if (!verificationId) ({ verificationId } = await verifySamples(run, round, n, k));
    if (run.signal.aborted) return ended('stopped', `Stopped while verifying R${round.index}.`);
    const samples = () => listSamples(verificationId as string);
    if (meta && (await samples()).some((s) => needsMeta(s) && s.metaScore === null)) {
      await metaVerifyRound(run, round, verificationId, k);
      if (run.signal.aborted) return ended('stopped', `Stopped while meta-verifying R${round.index}.`);
    }
    const all = await samples();
    if (verificationIncomplete(all, n)) {
      return ended(
        'verification-incomplete',
        `Stopped: verification incomplete in R${round.index} — only ${answeredCount(all)} of ${Math.max(n, all.length)} samples answered.`,
      );
    }
    if (passes(all, input.passRule, k)) {
      return ended('passed', `Passed in R${round.index} (${describeRule(input.passRule)}).`);
    }
    if (refined >= input.maxRounds) {
      return ended(
        'round-limit',
        `Stopped at the round limit (${input.maxRounds}) without passing (${describeRule(input.passRule)}).`,
      );
    }
    if (budget !== null && run.tokensUsed() >= budget) {
      return ended(
        'budget',
        `Stopped: token budget spent (${run.tokensUsed().toLocaleString('en')} tokens) before passing.`,
      );
    }
    if (input.pauseEachRound && verifiedNow) {
      return ended(
        'paused',
        `Paused after verifying R${round.index}: decide on the findings, then continue.`,
      );
    }
    if (!input.pauseEachRound) await autoAccept(round.id, meta);
    const next = await refineStep(run, round);
    if (run.signal.aborted) return ended('stopped', 'Stopped while refining.');
    if (!next?.proof.trim() || next.truncated) {
      return ended(
        'refine-unfinished',
        `The refinement of R${round.index} did not finish; autopilot stopped.`,
      );
    }
    refined++;
    spent.push(Date.now() - began);
    const perRound = spent.reduce((a, b) => a + b, 0) / spent.length;
    run.update({ roundsDone: refined, etaMs: Math.round(perRound * (input.maxRounds - refined)) });
    round = next;
  }
}

export async function startAutopilot(sessionId: string, input: AutopilotInput): Promise<Run> {
  const settings = await pipelineSettings(sessionId);
  return startPipelineRun(sessionId, {
    kind: 'autopilot',
    role: 'generator',
    params: input,
    plan: async () => {
      const round = await roundToWorkOn(sessionId, input.roundId);
      return {
        roundId: round.id,
        progress: {
          round: round.index,
          maxRounds: input.maxRounds,
          budgetTokens: input.budgetTokens ?? null,
        },
        job: (run) => autopilot(run, input, settings, round),
      };
    },
  });
}
