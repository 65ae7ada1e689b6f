import type { ChatMessage } from './types';

/**
 * The generation instruction, in the shape DeepSeekMath-V2 was trained on: a `## Solution`
 * section, then a `## Self Evaluation` that ends in a boxed score of 0, 0.5 or 1.
 */
export const GENERATION_INSTRUCTION = `Your task is to solve a given problem. The problem may ask you to prove a statement, or ask for an answer. If finding an answer is required, you should come up with the answer, and your final solution should also be a rigorous proof of that answer being valid.

Your final solution to the problem should be exceptionally comprehensive and easy-to-follow, which will be rated according to the following evaluation instruction:

- Score 1: a completely correct, rigorous proof with every step justified.
- Score 0.5: a generally correct proof with minor errors or omitted details.
- Score 0: fatal errors, severe omissions, or it does not address the problem.

Citing a paper or a non-standard result does not replace proving it.

Your response should be in the following format:

## Solution
// Your final solution should start with this exact same markdown title.
// It should be the complete, rigorous proof only; do not include the self evaluation here.

## Self Evaluation
// Your evaluation of your own solution should start with this exact same markdown title.
// Start with "Here is my evaluation of the solution:", evaluate the solution step by step, and end with "Based on my evaluation, the final overall score should be:" followed by \\boxed{...} containing 0, 0.5 or 1.`;

export function generationMessages(problem: string): ChatMessage[] {
  return [
    { role: 'user', content: `${GENERATION_INSTRUCTION}\n\n---\n\n## Problem\n\n${problem}` },
  ];
}
