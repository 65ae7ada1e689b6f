import { numberLines } from './number-lines';
import type { ChatMessage } from './types';

/**
 * Meta-verification (DeepSeekMath-V2): a second model rates one verifier's analysis, not
 * the proof: are the defects it claims real, is its restatement of the proof accurate, does
 * its score follow from its defects. Prose ending in a boxed 0 / 0.5 / 1, like the others.
 */
export const META_VERIFICATION_INSTRUCTION = `You are performing meta-verification: you are given an olympiad problem, a candidate solution (with numbered lines L001|, L002|, …; those prefixes are not part of it), and one grader's evaluation of that solution. Judge the evaluation, not the solution.

Check, for every issue the evaluation claims:
- Is it a real defect of the solution as written (quote the lines)? A claimed error in a step that is in fact correct, or an issue that is not in the text, is not real.
- Is the evaluation's restatement of the solution accurate?
- Does its score follow from the defects it found (1 = completely correct and rigorous, 0.5 = minor errors or omitted details, 0 = fatal errors or severe omissions)?

Rate the evaluation:
- 1: the issues it raises are real and its score follows from them.
- 0.5: the issues are essentially real, but some are overstated, inaccurately described, or the score does not quite follow.
- 0: the issues it raises are not real (or not in the solution), or its conclusion does not follow.

Give your reasons, then end with exactly:
Based on my meta-verification, the final overall score should be: \\boxed{SCORE}`;

export function metaVerificationMessages(
  problem: string,
  proof: string,
  evaluation: string,
): ChatMessage[] {
  return [
    { role: 'system', content: META_VERIFICATION_INSTRUCTION },
    {
      role: 'user',
      content: `## Problem\n\n${problem}\n\n## Candidate Solution\n\n${numberLines(proof)}\n\n## Evaluation to meta-verify\n\n${evaluation}`,
    },
  ];
}
