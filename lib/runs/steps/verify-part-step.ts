import 'server-only';
import { recordPartVerification } from '@/lib/db';
import { parseReportPreferring } from '@/lib/findings/parsers';
import { SET_PARSERS } from '@/lib/prompts/parsers';
import { partVerificationPrompt } from '@/lib/prompts/verify-part';
import { buildOutline, type Outline } from '@/lib/structure/outline';
import { type PartContext, partContext } from '@/lib/structure/part-context';
import { placePartFindings } from '@/lib/verification/part-findings';
import { JobFailure } from '../engine/execute-job';
import type { RunContext } from '../engine/run-context';
import { streamedCall } from './streamed-call';

export type PartOfRound = { outline: Outline; part: PartContext };

/** The outline node `nodeId` of a proof with what its verifier is shown; null when absent. */
export function partOfProof(proof: string, nodeId: string): PartOfRound | null {
  const outline = buildOutline(proof);
  const part = partContext(proof, outline, nodeId);
  return part && { outline, part };
}

/**
 * "Verify this part" as one step of a run (issue 17): one verifier request sent the problem,
 * the statements the part cites as given facts and the part's lines numbered as in the proof.
 * Its report streams as the run's text; its findings are pinned inside the part with the
 * node's id and the part's score kept beside the round's. Null when the run was stopped.
 */
export async function verifyPartStep(
  run: RunContext,
  round: { id: string; proof: string },
  { outline, part }: PartOfRound,
): Promise<{ score: number | null; finishReason: string | null } | null> {
  const prompt = partVerificationPrompt(run.session.problem, part, outline.lineCount);
  const out = await streamedCall(run, {
    role: 'verifier',
    messages: prompt.messages,
    prompt: prompt.use,
    purpose: 'verify-part',
    roundId: round.id,
  });
  if (out.status === 'stopped') return null;
  if (out.status === 'failed' || !out.text.trim())
    throw new JobFailure(out.error ?? 'The verifier returned no report.', out.finishReason);
  const parsed = parseReportPreferring(out.text, SET_PARSERS[prompt.use.parser]);
  const { kept } = placePartFindings(round.proof, part, parsed.findings);
  await recordPartVerification({
    roundId: round.id,
    nodeId: part.nodeId,
    runId: run.runId,
    score: parsed.score,
    items: kept,
  });
  await run.findingsStored(round.id);
  run.changed();
  return { score: parsed.score, finishReason: out.finishReason };
}
