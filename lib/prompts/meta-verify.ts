import 'server-only';
import { type BuiltPrompt, buildPrompt } from './build';
import { numberLines } from './number-lines';
import type { PromptSet } from './set/load';
import type { ChatMessage } from './types';

/**
 * Meta-verification (DeepSeekMath-V2): a second model rates one verifier's analysis, not
 * the proof. The set's `meta-verify` template with the problem, proof and that analysis.
 */
export function metaVerificationPrompt(
  problem: string,
  proof: string,
  evaluation: string,
  set?: PromptSet,
): BuiltPrompt {
  return buildPrompt(
    'meta-verify',
    { problem, proof, numbered_proof: numberLines(proof), evaluation },
    set,
  );
}

export function metaVerificationMessages(
  problem: string,
  proof: string,
  evaluation: string,
  set?: PromptSet,
): ChatMessage[] {
  return metaVerificationPrompt(problem, proof, evaluation, set).messages;
}
