import 'server-only';
import { type BuiltPrompt, buildPrompt } from './build';
import type { PromptSet } from './set/load';
import { loadPromptSet } from './set/load';
import { builtInSetDir } from './set/select';
import type { ChatMessage } from './types';

export type GradingInput = {
  problem: string;
  proof: string;
  solution?: string;
  guidelines?: string;
  shortAnswer?: string;
  /** The problem's rubric in its text form (`rubricToText`), when it has one. */
  rubric?: string;
};

/**
 * Grading against a reference, in the IMO-ProofBench style (7 / 6 / 1 / 0 points). With a
 * rubric the set's `grade-checkpoints` template is used (the grader awards each checkpoint
 * and deduction, then the total: lib/grading/checkpoint-awards.ts); else with a reference
 * solution or guidelines its `grade` one, without either its `grade-no-rubric` one. Values
 * arrive trimmed, so a template's sections see "" as absent.
 */
export function gradingPrompt(input: GradingInput, set?: PromptSet): BuiltPrompt {
  const solution = input.solution?.trim() ?? '';
  const guidelines = input.guidelines?.trim() ?? '';
  const common = {
    problem: input.problem.trim(),
    proof: input.proof.trim(),
    short_answer: input.shortAnswer?.trim() ?? '',
  };
  const rubric = input.rubric?.trim() ?? '';
  if (rubric) {
    return buildPrompt('grade-checkpoints', { ...common, solution, guidelines, rubric }, set);
  }
  return solution || guidelines
    ? buildPrompt('grade', { ...common, solution, guidelines }, set)
    : buildPrompt('grade-no-rubric', common, set);
}

export function gradingMessages(input: GradingInput, set?: PromptSet): ChatMessage[] {
  return gradingPrompt(input, set).messages;
}

/** Proofdesk's own grading instruction (the system message of its `grade` template). */
export const GRADING_INSTRUCTION = ownGradingInstruction();

function ownGradingInstruction(): string {
  try {
    const set = loadPromptSet(builtInSetDir(), ['grade']);
    const messages = gradingMessages({ problem: '', proof: '', solution: 'x' }, set);
    return messages.find((m) => m.role === 'system')?.content ?? '';
  } catch {
    // A missing or broken built-in set is reported at start-up, not by importing this file.
    return '';
  }
}
