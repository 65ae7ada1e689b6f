import { lineStartsOf } from '@/lib/math/line-starts';
import type { Anchor } from '@/lib/schemas/findings';

/** Lines and optional 1-based columns, as the editor reports a selection. */
export type LineSelection = {
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
};

export type SelectionAnchor =
  | { ok: true; anchor: Anchor; quote: string }
  | { ok: false; message: string };

function lineEnd(text: string, starts: number[], line: number): number {
  const next = line < starts.length ? starts[line] - 1 : text.length;
  return next > starts[line - 1] && text[next - 1] === '\r' ? next - 1 : next;
}

const linesLabel = (a: number, b: number) => (a === b ? `Line ${a} is` : `Lines ${a}–${b} are`);

/**
 * A person's selection → an exact anchor and the quote it covers. Without columns (or with
 * an empty range: a cursor), whole lines. The range is trimmed of surrounding blank space,
 * so selecting two lines by their numbers (which ends at column 1 of the next line) quotes
 * exactly those two lines. Lines outside the proof, or only blank text, are refused.
 */
export function anchorFromSelection(proof: string, sel: LineSelection): SelectionAnchor {
  const starts = lineStartsOf(proof);
  const count = proof.length ? starts.length : 0;
  if (sel.endLine < sel.startLine) {
    return { ok: false, message: 'The end line comes before the start line.' };
  }
  if (sel.endLine > count) {
    const has =
      count === 0 ? 'the proof is empty' : `the proof has ${count} line${count === 1 ? '' : 's'}`;
    return {
      ok: false,
      message: `${linesLabel(sel.startLine, sel.endLine)} outside the proof: ${has}.`,
    };
  }
  const clamp = (line: number, col: number) =>
    Math.min(starts[line - 1] + col - 1, lineEnd(proof, starts, line));
  let start = sel.startColumn ? clamp(sel.startLine, sel.startColumn) : starts[sel.startLine - 1];
  let end = sel.endColumn ? clamp(sel.endLine, sel.endColumn) : lineEnd(proof, starts, sel.endLine);
  if (end <= start) {
    start = starts[sel.startLine - 1];
    end = lineEnd(proof, starts, sel.endLine);
  }
  while (start < end && /\s/.test(proof[start])) start++;
  while (end > start && /\s/.test(proof[end - 1])) end--;
  if (end <= start) {
    return {
      ok: false,
      message: `${linesLabel(sel.startLine, sel.endLine)} blank: select some text of the proof.`,
    };
  }
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const quote = proof.slice(start, end);
  return {
    ok: true,
    quote,
    anchor: {
      startLine: lineOf(start),
      endLine: lineOf(end - 1),
      startOffset: start,
      endOffset: end,
      confidence: 'exact',
      similarity: 1,
      status: 'current',
      text: quote,
    },
  };
}
