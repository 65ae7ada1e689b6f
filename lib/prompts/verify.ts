import { numberLines } from './number-lines';
import type { ChatMessage } from './types';

/**
 * Verification asks for prose (constrained formats hurt reasoning and break LaTeX in JSON)
 * that ends in a fixed findings block and a boxed score, which we parse leniently.
 */
export const VERIFICATION_INSTRUCTION = `You are an expert grader of olympiad mathematics. Check the candidate solution below step by step for correctness and rigour. The solution is shown with numbered lines (L001|, L002|, …); those prefixes are not part of it.

Score it on this rubric:
- 1: completely correct and rigorous.
- 0.5: generally correct, with minor errors or omitted details.
- 0: fatal errors, severe omissions, or it does not address the problem.
Citing a paper does not replace proving the cited result.

Start with "Here is my evaluation of the solution:" and reason freely. Then end your answer with exactly this block, one [ISSUE n] entry per problem you found (none if the solution is correct):

### Issues
[ISSUE 1]
Severity: critical | gap | minor
Lines: L12-L14
Quote: "verbatim text from the solution, at most 200 characters, no ellipsis, without line prefixes"
Description: what is wrong and why it matters
Suggested fix: how to repair the step

### Score
Based on my evaluation, the final overall score should be: \\boxed{SCORE}

Severity: critical = breaks the chain of reasoning; gap = the conclusion may hold but the argument is incomplete; minor = presentation or a small slip.`;

export function verificationMessages(problem: string, proof: string): ChatMessage[] {
  return [
    { role: 'system', content: VERIFICATION_INSTRUCTION },
    {
      role: 'user',
      content: `## Problem\n\n${problem}\n\n## Candidate Solution\n\n${numberLines(proof)}`,
    },
  ];
}
