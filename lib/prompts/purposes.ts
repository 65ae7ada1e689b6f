import type { ModelRole } from '@/lib/schemas/settings';

/**
 * Every prompt Proofdesk sends, by purpose: the role whose model receives it, the file a
 * prompt set keeps its template in, and the placeholders that template may use.
 */
export const PROMPT_PURPOSES = {
  generate: { role: 'generator', placeholders: ['problem'] },
  refine: { role: 'generator', placeholders: ['problem', 'proof', 'evaluations'] },
  // Rewriting one part of a proof (issue 17): the whole proof for context, the part, its open
  // and accepted findings; the answer is the part's replacement between markers. Optional.
  'refine-part': {
    role: 'generator',
    placeholders: ['problem', 'numbered_proof', 'part_label', 'part_lines', 'part', 'evaluations'],
    optional: true,
  },
  'refine-search': {
    role: 'generator',
    placeholders: ['problem', 'candidates', 'candidate_solutions'],
  },
  verify: { role: 'verifier', placeholders: ['problem', 'proof', 'numbered_proof'] },
  // One part of a proof (an outline node, issue 17): its lines numbered as in the whole proof,
  // and the statements it cites as given facts. Optional: a set without it uses Proofdesk's.
  'verify-part': {
    role: 'verifier',
    placeholders: ['problem', 'part_label', 'part_lines', 'given_facts', 'numbered_part'],
    optional: true,
  },
  'meta-verify': {
    role: 'meta-verifier',
    placeholders: ['problem', 'proof', 'numbered_proof', 'evaluation'],
  },
  grade: {
    role: 'grader',
    placeholders: ['problem', 'proof', 'solution', 'guidelines', 'short_answer'],
  },
  'grade-no-rubric': { role: 'grader', placeholders: ['problem', 'proof', 'short_answer'] },
  // Grading against a problem's rubric (checkpoints, zero-credit notes, deductions). Optional:
  // a set without it grades rubric problems with Proofdesk's own template.
  'grade-checkpoints': {
    role: 'grader',
    placeholders: ['problem', 'proof', 'solution', 'guidelines', 'short_answer', 'rubric'],
    optional: true,
  },
  // A rubric drafted from the reference solution and guidelines, for a person to edit.
  'rubric-draft': {
    role: 'grader',
    placeholders: ['problem', 'solution', 'guidelines', 'short_answer'],
    optional: true,
  },
} as const satisfies Record<
  string,
  { role: ModelRole; placeholders: readonly string[]; optional?: boolean }
>;

export type PromptPurpose = keyof typeof PROMPT_PURPOSES;

export const PURPOSE_NAMES = Object.keys(PROMPT_PURPOSES) as PromptPurpose[];

/** The values a purpose's template is rendered with: exactly its placeholders. */
export type PurposeValues<P extends PromptPurpose> = Record<
  (typeof PROMPT_PURPOSES)[P]['placeholders'][number],
  string
>;

export function purposesOf(role: ModelRole): PromptPurpose[] {
  return PURPOSE_NAMES.filter((p) => PROMPT_PURPOSES[p].role === role);
}

/** The purposes every set must have a template for, for a role (optional ones left out). */
export function requiredPurposesOf(role: ModelRole): PromptPurpose[] {
  return purposesOf(role).filter((p) => !('optional' in PROMPT_PURPOSES[p]));
}

/** The template file a set keeps for a purpose unless its manifest names another. */
export function defaultTemplateFile(purpose: PromptPurpose): string {
  return `${purpose}.md`;
}
