import { GENERATION_INSTRUCTION } from './generate';
import type { ChatMessage } from './types';

export type CandidateWithEvaluations = { proof: string; evaluations: string[] };

/**
 * The paper's refinement prompt for proof search: the generation instruction, then each
 * candidate solution followed by several verifiers' evaluations of it ("Evaluation i of
 * Solution j"), asking for one better solution in the same output format.
 */
export function searchRefinementMessages(
  problem: string,
  candidates: CandidateWithEvaluations[],
): ChatMessage[] {
  const blocks = candidates.map((c, j) => {
    const n = j + 1;
    const evaluations = c.evaluations.length
      ? c.evaluations.map((e, i) => `### Evaluation ${i + 1} of Solution ${n}\n\n${e}`).join('\n\n')
      : 'No evaluation is available for this solution.';
    return `## Candidate Solution ${n}\n\n${c.proof}\n\n## Evaluations of Candidate Solution ${n}\n\n${evaluations}`;
  });
  const content = `${GENERATION_INSTRUCTION}

---

## Problem

${problem}

${blocks.join('\n\n')}

---

Using the candidate solution${candidates.length > 1 ? 's' : ''} and the evaluations above, write an improved, complete and rigorous solution that repairs every real issue the evaluations raise, in the same output format: "## Solution" then "## Self Evaluation".`;
  return [{ role: 'user', content }];
}
