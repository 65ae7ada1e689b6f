import { tokenize } from '../../lib/math/tokenize';

/**
 * Markers that let the in-page probe tell how far a streamed document is shown.
 *
 * A marker is `qz` and five digits (its index), written into the proof's prose as inline code
 * (`` `qz00042` ``): the preview renders it as an element of its own (`<code>`), which an
 * IntersectionObserver can watch without reading layout, and the editor shows it as a word of
 * the line it is on. Fixed width, so a marker cut in two by a delta boundary never reads as
 * another one; letters and digits only, so neither the LaTeX normaliser nor Monaco's word wrap
 * changes or splits it. Markers never go inside math or code: the bench checks that the marked
 * proof has exactly the formulas of the original.
 */
export const MARKER_LENGTH = 9;
export const MARKER_PATTERN = /`qz(\d{5})`/g;

/** The marker's word, as the page shows it. */
export const markerText = (index: number) => `qz${String(index).padStart(5, '0')}`;
/** The marker as written in the proof. */
export const markerSource = (index: number) => `\`${markerText(index)}\``;

/** At least this many characters of source between two markers. */
const DEFAULT_SPACING = 64;

/** Where prose runs in `src`: text tokens are verbatim slices of it, in order. */
function proseRanges(src: string): [number, number][] {
  const ranges: [number, number][] = [];
  let cursor = 0;
  for (const token of tokenize(src)) {
    if (token.kind !== 'text') continue;
    const at = src.indexOf(token.value, cursor);
    if (at === -1) throw new Error('tokenize returned text that is not in the source');
    ranges.push([at, at + token.value.length]);
    cursor = at + token.value.length;
  }
  return ranges;
}

/**
 * A word start where a marker cannot change how a line starts: a line that starts with a
 * letter (a paragraph's text: no heading, list item or indentation), or after a space that
 * follows other text on the same line.
 */
function safeWordStart(src: string, p: number): boolean {
  if (!/[A-Za-z]/.test(src[p] ?? '')) return false;
  if (src[p - 1] === '\n') return true;
  if (src[p - 1] !== ' ') return false;
  const lineStart = src.lastIndexOf('\n', p - 1) + 1;
  return /\S/.test(src.slice(lineStart, p - 1));
}

const mathOf = (src: string) =>
  tokenize(src)
    .filter((t) => t.kind === 'math')
    .map((t) => (t.kind === 'math' ? `${t.display}:${t.tex}` : ''));

/** `proof` with a marker (`` `qz00000` ``, …, and a space) at a word start about every `spacing` characters of prose. */
export function insertMarkers(proof: string, spacing = DEFAULT_SPACING): string {
  if (/qz\d{5}/.test(proof)) throw new Error('the proof already contains marker-like words');
  const parts: string[] = [];
  let count = 0;
  let copied = 0;
  let last = -spacing;
  for (const [from, to] of proseRanges(proof)) {
    for (let p = Math.max(from, last + spacing); p < to; p++) {
      if (!safeWordStart(proof, p)) continue;
      parts.push(proof.slice(copied, p), `${markerSource(count++)} `);
      copied = p;
      last = p;
      p += spacing - 1;
    }
  }
  parts.push(proof.slice(copied));
  const marked = parts.join('');
  const before = mathOf(proof);
  const after = mathOf(marked);
  if (before.length !== after.length || before.some((m, i) => m !== after[i])) {
    throw new Error('a marker changed the formulas of the proof');
  }
  return marked;
}

/** Offset just past each marker in `text`, by marker index (the text's markers are 0, 1, 2, …). */
export function markerEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(MARKER_PATTERN)) {
    if (Number(m[1]) !== ends.length) throw new Error(`marker ${m[0]} is out of order`);
    ends.push((m.index ?? 0) + m[0].length);
  }
  return ends;
}
