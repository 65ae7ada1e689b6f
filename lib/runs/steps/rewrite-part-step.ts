import 'server-only';
import { addFindings, createRound, getRound, type RoundRow } from '@/lib/db';
import { partRefinementPrompt } from '@/lib/prompts/refine-part';
import type { OutlineNode } from '@/lib/schemas/outline';
import { readReplacement, splicePart } from '@/lib/structure/splice-part';
import { JobFailure } from '../engine/execute-job';
import type { RunContext } from '../engine/run-context';
import { carryPartScores } from './carry-part-scores';
import { carriedOutside, partFeedback } from './part-findings';
import { streamedCall } from './streamed-call';

export type PartRewritten =
  | { ok: true; round: RoundRow; finishReason: string | null }
  | { ok: false; reason: string; finishReason: string | null };

/**
 * "Rewrite this part" as one step of a run (issue 17): the generator gets the whole proof for
 * context, the part, and the part's open, accepted and overridden findings with the person's
 * notes and replies; it answers with the part's replacement between markers, streamed as the
 * run's text. The new round is the old proof with the part spliced in (every byte outside it
 * unchanged) and the findings outside the part carried over unchanged. An answer without a
 * replacement creates no round: `ok: false` says why. Null when the run was stopped.
 */
export async function rewritePartStep(
  run: RunContext,
  parent: RoundRow,
  node: OutlineNode,
): Promise<PartRewritten | null> {
  const stored = await getRound(parent.id);
  if (!stored) throw new JobFailure('The round to rewrite is gone.', null);
  const prompt = partRefinementPrompt({
    problem: run.session.problem,
    proof: parent.proof,
    label: node.label || node.title,
    startLine: node.startLine,
    endLine: node.endLine,
    part: parent.proof
      .split(/\r?\n/)
      .slice(node.startLine - 1, node.endLine)
      .join('\n'),
    feedback: partFeedback(stored.findings, node),
  });
  const out = await streamedCall(run, {
    role: 'generator',
    messages: prompt.messages,
    prompt: prompt.use,
    purpose: 'refine-part',
    roundId: parent.id,
  });
  if (out.status === 'stopped') return null;
  if (out.status === 'failed')
    throw new JobFailure(out.error ?? 'The model request failed.', out.finishReason);
  const replacement = readReplacement(out.text);
  if (!replacement.ok)
    return { ok: false, reason: replacement.reason, finishReason: out.finishReason };
  const spliced = splicePart(parent.proof, node, replacement.text);
  const round = await createRound({
    sessionId: parent.sessionId,
    origin: 'refine',
    proof: spliced.proof,
    parentRoundId: parent.id,
    sourceRunId: run.runId,
  });
  await addFindings(round.id, null, carriedOutside(stored.findings, node, spliced, parent.proof));
  await carryPartScores(parent, round.id);
  run.changed();
  return { ok: true, round, finishReason: out.finishReason };
}
