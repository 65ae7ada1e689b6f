import 'server-only';
import type { PartContext } from '@/lib/structure/part-context';
import { type BuiltPrompt, buildPrompt } from './build';
import { numberLinesFrom } from './number-lines';
import type { PromptSet } from './set/load';

/**
 * "Verify this part": the set's `verify-part` template (Proofdesk's own when the set has
 * none) with the problem, the statements the part cites as given facts, and the part's own
 * lines numbered as in the full proof, so the findings' line references are the proof's.
 */
export function partVerificationPrompt(
  problem: string,
  part: PartContext,
  totalLines: number,
  set?: PromptSet,
): BuiltPrompt {
  const range = (a: number, b: number) => (a === b ? `L${a}` : `L${a}-L${b}`);
  const given = part.given
    .map((g) => `- ${g.label} (${range(g.startLine, g.endLine)}), taken as proved:\n${g.text}`)
    .join('\n\n');
  return buildPrompt(
    'verify-part',
    {
      problem,
      part_label: part.label,
      part_lines: range(part.startLine, part.endLine),
      given_facts: given,
      numbered_part: numberLinesFrom(part.lines, part.startLine, totalLines),
    },
    set,
  );
}
