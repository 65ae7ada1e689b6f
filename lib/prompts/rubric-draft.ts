import 'server-only';
import { buildPrompt } from './build';
import type { PromptSet } from './set/load';
import type { ChatMessage } from './types';

/**
 * Asks the grader model for a rubric in the text format `parseRubricText` reads (the set's
 * optional `rubric-draft` template; Proofdesk's own is modelled on MathArena's grading
 * schemes: a few checkpoints worth 7 points together, alternative routes folded into the same
 * checkpoint so they never add up past 7).
 */
export type RubricDraftInput = {
  problem: string;
  solution: string;
  guidelines: string;
  shortAnswer?: string;
};

export function rubricDraftMessages(input: RubricDraftInput, set?: PromptSet): ChatMessage[] {
  const values = {
    problem: input.problem.trim(),
    solution: input.solution.trim(),
    guidelines: input.guidelines.trim(),
    short_answer: input.shortAnswer?.trim() ?? '',
  };
  return buildPrompt('rubric-draft', values, set).messages;
}
