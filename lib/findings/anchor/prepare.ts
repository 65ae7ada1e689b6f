import type { LineRange } from '@/lib/schemas/findings';
import { balanceMath } from './balance-math';
import { clampLines, lineStartsOf, spanOfLines } from './lines';
import { type NormalizedText, normalizeWithMap } from './normalize';

/** A proof ready for many quote look-ups: built once, reused for every finding. */
export type PreparedProof = {
  proof: string;
  norm: NormalizedText;
  lineStarts: number[];
};

export function prepareProof(proof: string): PreparedProof {
  return { proof, norm: normalizeWithMap(proof), lineStarts: lineStartsOf(proof) };
}

/** First normalised index whose source starts at or after `offset` (binary search). */
export function normIndexAt(norm: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = norm.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cited lines as a normalised range [start, end), clamped to the proof. */
export function normRangeOfLines(prepared: PreparedProof, lines: LineRange) {
  const span = spanOfLines(
    prepared.proof,
    prepared.lineStarts,
    clampLines(prepared.lineStarts, lines),
  );
  return {
    start: normIndexAt(prepared.norm, span.startOffset),
    end: normIndexAt(prepared.norm, span.endOffset),
  };
}

/** Original-string offsets of normalised [start, end): no whitespace around, math delimiters paired. */
export function originalSpan(prepared: PreparedProof, start: number, end: number) {
  const { proof, norm } = prepared;
  let startOffset = norm.starts[start];
  let endOffset = norm.ends[Math.max(start, end - 1)];
  while (startOffset < endOffset && /\s/.test(proof[startOffset])) startOffset++;
  while (endOffset > startOffset && /\s/.test(proof[endOffset - 1])) endOffset--;
  return balanceMath(proof, startOffset, endOffset);
}
