import type { Anchor } from '@/lib/schemas/findings';
import type { QuoteCase } from './quote-cases';

/**
 * - `right`: placed exact or confident on its true place;
 * - `honest`: reported approximate, orphan (on the cited lines) or not placed at all;
 * - `wrong`: exact or confident somewhere else — the one outcome that must never happen.
 */
export type Verdict = 'right' | 'honest' | 'wrong';

/**
 * A trusted anchor is on its true place when it overlaps the quoted text and stays within
 * one line of it (a delimiter such as `\[` may sit on the line before).
 */
export function judge(c: QuoteCase, anchor: Anchor | null): Verdict {
  if (!anchor || anchor.confidence === 'approximate' || anchor.confidence === 'orphan')
    return 'honest';
  const overlaps = anchor.startOffset < c.truth.end && anchor.endOffset > c.truth.start;
  const near =
    anchor.startLine >= c.truth.lines.start - 1 && anchor.endLine <= c.truth.lines.end + 1;
  return overlaps && near ? 'right' : 'wrong';
}
