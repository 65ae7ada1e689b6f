import { lineAt } from '@/lib/math/line-starts';
import type { LineRange } from '@/lib/schemas/findings';

export { lineAt, lineStartsOf } from '@/lib/math/line-starts';

/** Lines covered by [start, end): the end is exclusive, so a range ending at a newline stays on its line. */
export function linesOfSpan(lineStarts: readonly number[], start: number, end: number): LineRange {
  const first = lineAt(lineStarts, start);
  return { start: first, end: Math.max(first, lineAt(lineStarts, Math.max(start, end - 1))) };
}

/** Cited lines put in order and clamped to the proof (lines past the end become the last line). */
export function clampLines(lineStarts: readonly number[], lines: LineRange): LineRange {
  const count = lineStarts.length;
  const clamp = (n: number) => Math.min(count, Math.max(1, Math.floor(n)));
  return {
    start: clamp(Math.min(lines.start, lines.end)),
    end: clamp(Math.max(lines.start, lines.end)),
  };
}

/** Offsets of whole lines [start, end] (1-based), without the final line break. */
export function spanOfLines(text: string, lineStarts: readonly number[], lines: LineRange) {
  const startOffset = lineStarts[lines.start - 1];
  let endOffset = lines.end < lineStarts.length ? lineStarts[lines.end] - 1 : text.length;
  if (endOffset > startOffset && text[endOffset - 1] === '\r') endOffset--;
  return { startOffset, endOffset: Math.max(startOffset, endOffset) };
}
