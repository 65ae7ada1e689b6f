import type { Anchor, LineRange } from '@/lib/schemas/findings';
import { anchorQuote } from './anchor-quote';
import type { AnchorContext } from './context';
import { buildLineMap } from './line-map';
import { lineStartsOf, linesOfSpan, spanOfLines } from './lines';
import { prepareProof } from './prepare';
import { recentlyUsed } from './recent';
import { UNIQUE_QUOTE_CHARS } from './thresholds';

/** Prefix and suffix chars that must still match for a short text found elsewhere. */
const MIN_SHORT_AGREEMENT = 8;

export type CarryStatus = 'current' | 'moved' | 'outdated';
export type CarriedAnchor = { anchor: Anchor | null; status: CarryStatus };

// Carrying a round's findings calls this once per finding with the same two versions.
const preparedVersion = recentlyUsed(2, prepareProof);
const lineMapsFrom = recentlyUsed(2, (oldProof) =>
  recentlyUsed(2, (newProof) => buildLineMap(oldProof, newProof)),
);

function exactAnchor(text: string, start: number, end: number): Anchor {
  const lines = linesOfSpan(lineStartsOf(text), start, end);
  return {
    startLine: lines.start,
    endLine: lines.end,
    startOffset: start,
    endOffset: end,
    confidence: 'exact',
    similarity: 1,
  };
}

function orphanOn(text: string, lines: LineRange, similarity: number): Anchor {
  const span = spanOfLines(text, lineStartsOf(text), lines);
  return { startLine: lines.start, endLine: lines.end, ...span, confidence: 'orphan', similarity };
}

/** Length of the common end of `a` and `b` (for prefixes) or common start (for suffixes). */
function agreement(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/**
 * The verbatim occurrence of the quote whose surroundings best match the old ones, nearest
 * `near`; `agreement` counts the prefix and suffix chars that still match.
 */
function bestVerbatimHit(text: string, ctx: AnchorContext, near: number) {
  let best = { at: -1, agreement: -1, distance: Number.POSITIVE_INFINITY };
  for (let i = text.indexOf(ctx.quote); i >= 0; i = text.indexOf(ctx.quote, i + 1)) {
    const end = i + ctx.quote.length;
    const score =
      agreement(text.slice(Math.max(0, i - ctx.prefix.length), i), ctx.prefix, true) +
      agreement(text.slice(end, end + ctx.suffix.length), ctx.suffix, false);
    const distance = Math.abs(i - near);
    if (score > best.agreement || (score === best.agreement && distance < best.distance)) {
      best = { at: i, agreement: score, distance };
    }
  }
  return best;
}

/**
 * Carries an anchor into a new proof version (BRIEF §4): map its offsets through a line
 * diff and re-check the text there (`current` if it sits unchanged at the same offsets,
 * `moved` if unchanged but shifted); else look for the text verbatim elsewhere, then by
 * quote search near the mapped place and globally (`moved` if found exact or confident,
 * which includes an edit inside the text small enough to stay confident). Anything weaker
 * is `outdated` — never a guess — with an orphan anchor on where the text used to be. A
 * short text found away from its mapped place counts only with its old surroundings.
 * `lines` (the finding's cited lines in the old version) place it when its offsets are stale.
 */
export function carryAnchor(
  oldProof: string,
  newProof: string,
  ctx: AnchorContext,
  lines: LineRange | null,
): CarriedAnchor {
  if (ctx.quote.length === 0) return { anchor: null, status: 'outdated' };
  const lineMap = lineMapsFrom(oldProof)(newProof);
  const offsetsValid = ctx.endOffset <= oldProof.length && ctx.startOffset <= ctx.endOffset;
  const start = lineMap.map(
    offsetsValid ? ctx.startOffset : (lineStartsOf(oldProof)[(lines?.start ?? 1) - 1] ?? 0),
  );
  const end = offsetsValid ? lineMap.map(ctx.endOffset, true) : start;
  if (start.exact && end.exact && newProof.slice(start.offset, end.offset) === ctx.quote) {
    const same = start.offset === ctx.startOffset && end.offset === ctx.endOffset;
    return {
      anchor: exactAnchor(newProof, start.offset, end.offset),
      status: same ? 'current' : 'moved',
    };
  }
  // A short text (`k = 2`) recurs by chance: elsewhere, it only counts with its old surroundings.
  const short = ctx.quote.trim().length < UNIQUE_QUOTE_CHARS;
  const hit = bestVerbatimHit(newProof, ctx, start.offset);
  if (hit.at >= 0 && (!short || hit.agreement >= MIN_SHORT_AGREEMENT)) {
    return { anchor: exactAnchor(newProof, hit.at, hit.at + ctx.quote.length), status: 'moved' };
  }

  const around = linesOfSpan(
    lineStartsOf(newProof),
    start.offset,
    Math.max(end.offset, start.offset + 1),
  );
  const found = anchorQuote(preparedVersion(newProof), { quote: ctx.quote, lines: around });
  const trusted = found?.confidence === 'exact' || found?.confidence === 'confident';
  const nearby = !!found && found.startLine <= around.end && found.endLine >= around.start;
  if (found && trusted && (!short || nearby)) return { anchor: found, status: 'moved' };
  return { anchor: orphanOn(newProof, around, found?.similarity ?? 0), status: 'outdated' };
}
