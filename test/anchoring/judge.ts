import type { Anchor } from '@/lib/schemas/findings';
import type { QuoteCase } from './quote-cases';

/**
 * - `right`: placed exact or confident on its true lines;
 * - `honest`: reported approximate, orphan (on the cited lines) or not placed at all;
 * - `wrong`: exact or confident somewhere else — the one outcome that must never happen.
 */
export type Verdict = 'right' | 'honest' | 'wrong';

/** Lines with nothing a reader reads: blank, or only a display delimiter. */
const MARKUP_ONLY = /^\s*(?:\\\[|\\\]|\$\$|---)?\s*$/;

/**
 * A trusted anchor is on its true lines when it shares a line with the quoted text and
 * most of the lines it covers that say something are the quoted ones: a match whose edge
 * runs a token into the next display is on the right lines, a chain spanning a whole
 * section from an earlier look-alike is not. Which of two identical formulas on one line
 * is highlighted changes no line a person sees.
 */
export function judge(c: QuoteCase, anchor: Anchor | null, proof: string): Verdict {
  if (!anchor || anchor.confidence === 'approximate' || anchor.confidence === 'orphan')
    return 'honest';
  const { lines } = c.truth;
  if (anchor.startLine > lines.end || anchor.endLine < lines.start) return 'wrong';
  const text = proof.split('\n');
  let inside = 0;
  let outside = 0;
  for (let line = anchor.startLine; line <= anchor.endLine; line++) {
    if (MARKUP_ONLY.test(text[line - 1] ?? '')) continue;
    if (line >= lines.start && line <= lines.end) inside++;
    else outside++;
  }
  return outside <= Math.max(1, inside / 2) ? 'right' : 'wrong';
}
