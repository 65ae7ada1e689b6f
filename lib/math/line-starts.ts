/**
 * Offsets where each line starts. Lines end at `\n` (a `\r` before it stays on the line),
 * which matches how the verifier prompt numbers lines (`lib/prompts/number-lines.ts`). One
 * home for the anchoring, the outline and the checker, which all map offsets to lines.
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line holding `offset` (binary search over line starts). */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
