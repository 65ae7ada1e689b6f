import 'server-only';
import { listActionableFindings, roundForRun } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { RefineFeedback } from '@/lib/prompts/refine';
import { refinementPrompt } from '@/lib/prompts/refine';
import type { Finding } from '@/lib/schemas';
import type { RunPlan } from '../plan';
import { carryPartScores } from '../steps/carry-part-scores';
import { carryFindingsForward } from './carry-findings';
import { storeDraft } from './store-draft';

function toFeedback(f: Finding): RefineFeedback | null {
  if (f.decision !== 'accepted' && f.decision !== 'overridden') return null;
  const lines = f.anchor
    ? f.anchor.startLine === f.anchor.endLine
      ? `L${f.anchor.startLine}`
      : `L${f.anchor.startLine}-L${f.anchor.endLine}`
    : null;
  return {
    severity: f.severity,
    quote: f.quote,
    lines,
    description: f.description,
    suggestion: f.suggestion,
    decision: f.decision,
    note: f.note,
    source: f.source,
    category: f.category,
    replies: f.replies.map((r) => r.text),
  };
}

/**
 * Refinement sends the current proof (with the person's edits), the accepted findings and
 * the overrides with their notes; dismissed and undecided findings stay out of the prompt.
 */
export async function planRefine(
  session: { id: string; problem: string },
  parent: { id: string; proof: string },
  runId: string,
): Promise<RunPlan> {
  if (!parent.proof.trim()) throw new AppError('conflict', 'There is no proof to refine yet.');
  const feedback = (await listActionableFindings(parent.id))
    .map(toFeedback)
    .filter((f): f is RefineFeedback => f !== null);
  const prompt = refinementPrompt(session.problem, parent.proof, feedback);
  const round = await roundForRun({
    sessionId: session.id,
    origin: 'refine',
    parentRoundId: parent.id,
    sourceRunId: runId,
  });
  return {
    role: 'generator',
    messages: prompt.messages,
    prompt: prompt.use,
    roundId: round.id,
    finalize: async (outcome) => {
      const stored = await storeDraft(round.id, outcome);
      if (outcome.status !== 'succeeded') return stored;
      await carryFindingsForward(parent, round.id);
      await carryPartScores(parent, round.id);
      return stored;
    },
  };
}
