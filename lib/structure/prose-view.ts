import { lineStartsOf } from '@/lib/math/line-starts';
import { tokenize } from '@/lib/math/tokenize';
import type { Token } from '@/lib/math/tokens';

export { lineAt, lineStartsOf } from '@/lib/math/line-starts';

/** A formula as `tokenize` found it, with its place in the source. */
export interface MathSpan {
  start: number;
  end: number;
  tex: string;
  display: boolean;
}

/**
 * The proof seen as prose: math and code blanked out with spaces (newlines kept), so every
 * offset still points at the same character of the source. Labels and citations are looked
 * for only in `prose`, so "Lemma 2" inside a formula or a code block is never a heading.
 */
export interface ProseView {
  source: string;
  prose: string;
  /** Offset of the first character of each line (index 0 is line 1). */
  lineStarts: number[];
  math: MathSpan[];
}

export function proseView(source: string, tokens: readonly Token[] = tokenize(source)): ProseView {
  const math: MathSpan[] = [];
  // One array of UTF-16 code units, blanked in place and decoded once: far cheaper than
  // joining a string per token on a megabyte of text. Offsets and length are unchanged.
  const units = new Uint16Array(source.length);
  for (let i = 0; i < source.length; i++) units[i] = source.charCodeAt(i);
  for (const token of tokens) {
    if (token.kind !== 'math' && token.kind !== 'code') continue;
    const start = token.start ?? 0;
    const end = token.end ?? start;
    for (let i = start; i < end; i++) if (units[i] !== NEWLINE) units[i] = SPACE;
    if (token.kind === 'math') math.push({ start, end, tex: token.tex, display: token.display });
  }
  const prose = new TextDecoder('utf-16le').decode(units);
  return { source, prose, lineStarts: lineStartsOf(source), math };
}

const NEWLINE = 10;
const SPACE = 32;

/** The text of 1-based line `line` in `text` (without its newline). */
export function lineText(text: string, lineStarts: number[], line: number): string {
  const start = lineStarts[line - 1];
  const next = line < lineStarts.length ? lineStarts[line] - 1 : text.length;
  return text.slice(start, next);
}

/** The formula covering `offset`, if one does (binary search: spans are in source order). */
export function mathAt(view: ProseView, offset: number): MathSpan | null {
  let lo = 0;
  let hi = view.math.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = view.math[mid];
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return span;
  }
  return null;
}
