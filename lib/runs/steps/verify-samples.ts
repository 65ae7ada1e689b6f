import 'server-only';
import { createVerification, listSamples } from '@/lib/db';
import type { RetryInfo, StreamDelta } from '@/lib/model/types';
import { verificationPrompt } from '@/lib/prompts/verify';
import { storeMergedVerification } from '@/lib/verification/store-merged';
import { type StoredSample, storeSampleReport } from '@/lib/verification/store-sample';
import type { RunContext } from '../engine/run-context';

export type RoundRef = { id: string; index: number; proof: string };

/**
 * Verifies a round with n samples at once (the endpoint's concurrency limit decides how many
 * actually run together). Each sample is stored as it finishes; at the end their findings
 * are merged onto the round. A Stop keeps and merges the samples that finished. A single
 * sample streams its report into the run's own text, so the person reads it as it comes.
 */
export async function verifySamples(
  run: RunContext,
  round: RoundRef,
  n: number,
  minConfirmed: number,
): Promise<{ verificationId: string; samples: StoredSample[] }> {
  const proof = round.proof;
  const verificationId = await createVerification({
    roundId: round.id,
    runId: run.runId,
    sampleCount: n,
  });
  const prompt = verificationPrompt(run.session.problem, proof);
  let done = 0;
  const phase = () => `verifying R${round.index}: ${done} of ${n} sample${n === 1 ? '' : 's'}`;
  run.update({ phase: phase(), round: round.index });
  const results = await Promise.all(
    Array.from({ length: n }, async (_, index) => {
      const active = run.active;
      const live = n === 1 && {
        onDelta: (d: StreamDelta) => active.push(d),
        onRetry: (r: RetryInfo) => active.emit({ type: 'retry', ...r }),
        onReplace: (f: { text: string; reasoning: string }) =>
          active.emit({ type: 'replace', ...f }),
      };
      const out = await run.call({
        role: 'verifier',
        messages: prompt.messages,
        prompt: prompt.use,
        purpose: 'verify',
        roundId: round.id,
        ...(live || {}),
      });
      if (out.status === 'stopped') return null;
      const stored = await storeSampleReport(
        verificationId,
        index,
        proof,
        { ...out, status: out.status },
        prompt.use.parser,
      );
      done++;
      run.update({ phase: phase() });
      return stored;
    }),
  );
  const samples = results.filter((s): s is StoredSample => s !== null);
  // Nothing answered: keep the round's findings as they were rather than wipe them.
  if (!samples.some((s) => s.status === 'succeeded')) {
    if (run.signal.aborted) return { verificationId, samples };
    const reason = (await firstSampleError(verificationId)) ?? 'The verifier returned no report.';
    if (n === 1) throw new Error(reason);
    throw new Error(`None of the ${n} verifier samples answered (${reason}).`);
  }
  await storeMergedVerification({
    roundId: round.id,
    verificationId,
    runId: run.runId,
    samples,
    minConfirmed,
  });
  await run.findingsStored(round.id);
  run.changed();
  return { verificationId, samples };
}

async function firstSampleError(verificationId: string): Promise<string | null> {
  return (await listSamples(verificationId)).find((s) => s.error)?.error ?? null;
}
