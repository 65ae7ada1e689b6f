import 'server-only';
import type { RoundRow } from '@/lib/db';
import type { AutopilotInput, VerificationSettings } from '@/lib/schemas';
import { verificationSettings } from '@/lib/verification/settings';
import { ended, type JobOutcome } from '../engine/execute-job';
import type { RunContext } from '../engine/run-context';
import type { JobStart } from '../engine/start-job';
import { autoAccept } from '../steps/auto-accept';
import { judgeRound } from '../steps/judge-round';
import { describeRule } from '../steps/pass-rule';
import { refineStep } from '../steps/refine-step';
import { roundToWorkOn } from '../steps/rounds';
import { autopilotByParts } from './autopilot-parts';

/**
 * Verify (if the round has no verification yet) → refine → verify → … until the proof
 * passes, the round limit or the token budget is reached, or — when pausing each round — a
 * new verification awaits the person's decisions (a new autopilot run continues from there).
 * Run through, accepted = every confirmed finding (every finding without meta-verification).
 */
async function autopilot(
  run: RunContext,
  input: AutopilotInput,
  settings: VerificationSettings,
  first: RoundRow,
): Promise<JobOutcome> {
  const meta = settings.metaAuto || input.passRule.type === 'verdict';
  const budget = input.budgetTokens ?? null;
  const spent: number[] = [];
  let round = first;
  let refined = 0;
  for (;;) {
    const began = Date.now();
    const judged = await judgeRound(run, round, input, settings);
    if (judged.outcome) return judged.outcome;
    const verifiedNow = judged.verifiedNow;
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
    if (!input.pauseEachRound) {
      await autoAccept(round.id, meta);
      await run.findingsStored(round.id);
    }
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

/** Verify → refine → verify … as one run (its plan only reads: the round to work on). */
export async function autopilotJobStart(
  sessionId: string,
  input: AutopilotInput,
): Promise<JobStart> {
  const settings = await verificationSettings(sessionId);
  return {
    kind: 'autopilot',
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
        job: (run) =>
          input.byParts
            ? autopilotByParts(run, input, settings, round)
            : autopilot(run, input, settings, round),
      };
    },
  };
}
