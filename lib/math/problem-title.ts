import { truncateTex } from './truncate-tex';

/** A display formula's opener alone on its line, and the closer that ends it. */
const OPENERS: Record<string, string> = { $$: '$$', '\\[': '\\]' };
/** Marks a title does not show: heading marks, a list item's bullet or number, bold. */
const MARKS = /^#+\s*|^(?:[-*+]|\d{1,3}[.)])\s+|\*\*|__/g;

/**
 * A title for lists from a problem's first non-empty line, without its Markdown marks. A first
 * line that only opens a display formula (`$$` or `\[` alone) takes the formula's lines up to
 * its closer, so the title is the formula and not "$$". Never cut inside a formula: it would
 * show as raw LaTeX in every list.
 */
export function titleFromProblem(problem: string): string {
  const lines = problem.split('\n');
  const start = lines.findIndex((l) => l.trim());
  if (start < 0) return 'Untitled problem';
  let first = lines[start].trim();
  const closer = OPENERS[first];
  if (closer) {
    const end = lines.findIndex((l, i) => i > start && l.trim().endsWith(closer));
    if (end > start)
      first = lines
        .slice(start, end + 1)
        .map((l) => l.trim())
        .join(' ');
  }
  return truncateTex(first.replace(MARKS, '').trim() || 'Untitled problem', 120);
}
