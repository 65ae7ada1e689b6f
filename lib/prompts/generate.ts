import 'server-only';
import { type BuiltPrompt, buildPrompt } from './build';
import type { PromptSet } from './set/load';
import type { ChatMessage } from './types';

/** The generation prompt: the set's `generate` template with the problem. */
export function generationPrompt(problem: string, set?: PromptSet): BuiltPrompt {
  return buildPrompt('generate', { problem }, set);
}

export function generationMessages(problem: string, set?: PromptSet): ChatMessage[] {
  return generationPrompt(problem, set).messages;
}
