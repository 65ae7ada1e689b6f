import 'server-only';
import { adoptSingleVerification, latestVerification, listSamples, setSampleMeta } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { lastBoxedScore, lastLabelledBoxedScore } from '@/lib/parse/boxed';
import { toRubricScore } from '@/lib/parse/score';
import { metaVerificationPrompt } from '@/lib/prompts/meta-verify';
import { refreshRoundScore } from '@/lib/verification/store-merged';
import { needsMeta } from '@/lib/verification/verdict';
import type { RunContext } from '../engine/run-context';
import type { RoundRef } from './verify-samples';

/**
 * The round's latest verification. A round verified by a Proofdesk older than the one engine
 * has only its run's report: that is adopted as a one-sample verification first.
 */
export async function verificationToCheck(roundId: string): Promise<string> {
  const v = await latestVerification(roundId);
  if (v) return v.id;
  const adopted = await adoptSingleVerification(roundId);
  if (!adopted) throw new AppError('conflict', 'Verify this round before meta-verifying it.');
  return adopted;
}

/**
 * Meta-verification of every analysis that reports problems (score < 1): the
 * meta-verifier rates it 0 / 0.5 / 1 with reasons, which marks its findings confirmed or
 * disputed; the round's score then follows the paper's verdict rule. Analyses already
 * rated are rated again only when all of them were (an explicit second opinion).
 */
export async function metaVerifyRound(
  run: RunContext,
  round: RoundRef,
  verificationId: string,
  minConfirmed: number,
): Promise<number> {
  const reporting = (await listSamples(verificationId)).filter(
    (s) => s.status === 'succeeded' && needsMeta(s),
  );
  const unchecked = reporting.filter((s) => s.metaScore === null);
  const todo = unchecked.length ? unchecked : reporting;
  let done = 0;
  const phase = () => `meta-verifying R${round.index}: ${done} of ${todo.length} analyses`;
  run.update({ phase: phase(), round: round.index });
  await Promise.all(
    todo.map(async (sample) => {
      const prompt = metaVerificationPrompt(run.session.problem, round.proof, sample.text);
      const out = await run.call({
        role: 'meta-verifier',
        messages: prompt.messages,
        prompt: prompt.use,
        purpose: 'meta-verify',
        roundId: round.id,
      });
      if (out.status === 'stopped') return;
      const score =
        out.status === 'succeeded'
          ? toRubricScore(lastLabelledBoxedScore(out.text) ?? lastBoxedScore(out.text))
          : null;
      await setSampleMeta(sample.id, {
        metaScore: score,
        metaText: out.text || null,
        metaReasoning: out.reasoning,
        metaError:
          score === null ? (out.error ?? 'No 0 / 0.5 / 1 rating found in the answer.') : null,
      });
      done++;
      run.update({ phase: phase() });
    }),
  );
  await refreshRoundScore(round.id, minConfirmed);
  await run.findingsStored(round.id);
  run.changed();
  return todo.length;
}
