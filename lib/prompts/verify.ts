import 'server-only';
import { type BuiltPrompt, buildPrompt } from './build';
import { numberLines } from './number-lines';
import type { PromptSet } from './set/load';
import type { ChatMessage } from './types';

/**
 * Verification: the set's `verify` template with the problem and the proof, plain and as
 * numbered lines `L001| …` (Proofdesk's own set asks for prose ending in a findings block).
 */
export function verificationPrompt(problem: string, proof: string, set?: PromptSet): BuiltPrompt {
  return buildPrompt('verify', { problem, proof, numbered_proof: numberLines(proof) }, set);
}

export function verificationMessages(
  problem: string,
  proof: string,
  set?: PromptSet,
): ChatMessage[] {
  return verificationPrompt(problem, proof, set).messages;
}
