import 'server-only';
import { type BuiltPrompt, buildPrompt } from './build';
import { numberLines } from './number-lines';
import { formatFeedback, type RefineFeedback } from './refine';
import type { PromptSet } from './set/load';

/**
 * "Rewrite this part": the set's `refine-part` template (Proofdesk's own when the set has
 * none) with the whole proof for context, the part, and its open and accepted findings with
 * the person's notes and replies, asking for the part's replacement between markers.
 */
export function partRefinementPrompt(
  input: {
    problem: string;
    proof: string;
    label: string;
    startLine: number;
    endLine: number;
    part: string;
    feedback: RefineFeedback[];
  },
  set?: PromptSet,
): BuiltPrompt {
  const { startLine: a, endLine: b } = input;
  return buildPrompt(
    'refine-part',
    {
      problem: input.problem,
      numbered_proof: numberLines(input.proof),
      part_label: input.label,
      part_lines: a === b ? `L${a}` : `L${a}-L${b}`,
      part: input.part,
      evaluations: input.feedback.map(formatFeedback).join('\n\n'),
    },
    set,
  );
}
