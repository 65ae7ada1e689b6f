import 'server-only';
import { type BuiltPrompt, buildPrompt } from './build';
import type { PromptSet } from './set/load';
import type { ChatMessage } from './types';

export type CandidateWithEvaluations = { proof: string; evaluations: string[] };

/** Each candidate then its evaluations ("Evaluation i of Solution j"), as the paper lays them out. */
function formatCandidates(candidates: CandidateWithEvaluations[]): string {
  return candidates
    .map((c, j) => {
      const n = j + 1;
      const evaluations = c.evaluations.length
        ? c.evaluations
            .map((e, i) => `### Evaluation ${i + 1} of Solution ${n}\n\n${e}`)
            .join('\n\n')
        : 'No evaluation is available for this solution.';
      return `## Candidate Solution ${n}\n\n${c.proof}\n\n## Evaluations of Candidate Solution ${n}\n\n${evaluations}`;
    })
    .join('\n\n');
}

/**
 * The paper's refinement prompt for proof search: the set's `refine-search` template with
 * the problem and `{candidates}` (each candidate solution followed by several verifiers'
 * evaluations of it).
 */
export function searchRefinementPrompt(
  problem: string,
  candidates: CandidateWithEvaluations[],
  set?: PromptSet,
): BuiltPrompt {
  return buildPrompt(
    'refine-search',
    {
      problem,
      candidates: formatCandidates(candidates),
      candidate_solutions: candidates.length > 1 ? 'candidate solutions' : 'candidate solution',
    },
    set,
  );
}

export function searchRefinementMessages(
  problem: string,
  candidates: CandidateWithEvaluations[],
  set?: PromptSet,
): ChatMessage[] {
  return searchRefinementPrompt(problem, candidates, set).messages;
}
