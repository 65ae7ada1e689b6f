import type { ChatMessage } from './types';

/**
 * Asks the grader model for a rubric in the text format `parseRubricText` reads. Modelled on
 * MathArena's grading schemes: a few checkpoints that each mark a real step of a proof, worth
 * 7 points together; a step reached by another route earns the same checkpoint instead of
 * points of its own, so alternative routes never add up past 7.
 */
export const RUBRIC_DRAFT_INSTRUCTION = `You are writing a grading scheme for an olympiad proof problem, to be used by graders on the 0-7 scale of the International Mathematical Olympiad. Use the reference solution and the grading guidelines below.

Write:
1. Checkpoints: 2 to 6 steps a complete proof must reach, in the order a proof reaches them. Give each a whole number of points; together they must add up to exactly 7 (never more). Each checkpoint names a mathematical achievement that a grader can check in a proof (a lemma proved, a key construction, a case finished), not a vague quality.
2. Alternative routes: if the problem can be solved in substantially different ways, do not add separate checkpoints for them. Instead, write the other route's equivalent achievement into the same checkpoint ("Alternatively: ..."), so that a proof by any route earns at most 7.
3. Zero credit: typical things that earn nothing (restating the problem, checking small cases, stating the answer without proof, ...).
4. Deductions: mistakes that lose points even when the checkpoints are reached (e.g. a missing edge case, a wrong final answer in an otherwise complete argument), each with the points it costs.

Answer with exactly this format and nothing after it:

## Checkpoints
- [C1] (2 points) ...
- [C2] (3 points) ... Alternatively: ...
## Zero credit
- ...
## Deductions
- [D1] (-1 point) ...`;

export type RubricDraftInput = {
  problem: string;
  solution: string;
  guidelines: string;
  shortAnswer?: string;
};

export function rubricDraftMessages(input: RubricDraftInput): ChatMessage[] {
  const parts = [
    `## Problem\n\n${input.problem.trim()}`,
    `## Reference Solution\n\n${input.solution.trim() || '(none given: derive the checkpoints from your own solution)'}`,
    `## Grading Guidelines\n\n${input.guidelines.trim() || '(none given)'}`,
  ];
  if (input.shortAnswer?.trim()) parts.push(`## Expected Answer\n\n${input.shortAnswer.trim()}`);
  return [
    { role: 'system', content: RUBRIC_DRAFT_INSTRUCTION },
    { role: 'user', content: parts.join('\n\n') },
  ];
}
