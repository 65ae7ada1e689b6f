import { bigramMatch } from './bigram';
import { ellipsisMatch, ellipsisPieces } from './ellipsis';
import { exactMatch } from './exact';
import { fuzzyMatch, fuzzyMatchNearSeeds } from './fuzzy';
import { compareMatches, type Focus, type Match } from './match';
import type { PreparedProof } from './prepare';
import { fuzzyRivals } from './rivals';
import { APPROXIMATE_SIMILARITY, confidentSimilarity, SHORT_QUOTE_CHARS } from './thresholds';

/** Text around the cited lines searched first, in normalised chars beyond the quote's length. */
const WINDOW_PAD = 400;

/** `... text ...`: an elision at either end marks where the quote starts, not missing content. */
function withoutEdgeEllipses(pattern: string): string {
  return pattern.replace(/^(?:\.\.\.\s*)+/, '').replace(/(?:\s*\.\.\.)+$/, '');
}

function better(a: Match | null, b: Match | null, focus: Focus): Match | null {
  if (!a) return b;
  if (!b) return a;
  return compareMatches(a, b, focus) <= 0 ? a : b;
}

function isConfident(match: Match | null): boolean {
  return !!match && match.similarity >= confidentSimilarity(match.length);
}

/**
 * Finds the best place for a normalised quote (BRIEF §4 steps 3–6): exact, then fuzzy in a
 * window around the cited lines, then fuzzy everywhere, then elided pieces, then word pairs.
 * Later steps run only when earlier ones found nothing trustworthy (exact, confident).
 */
export function locate(prepared: PreparedProof, pattern: string, focus: Focus): Match | null {
  const text = prepared.norm.text;
  const core = withoutEdgeEllipses(pattern);
  if (core.length === 0) return null;
  const exact =
    exactMatch(text, pattern, focus) ?? (core !== pattern ? exactMatch(text, core, focus) : null);
  if (exact) return exact;

  // An elided quote whose pieces occur in order, confidently, needs no fuzzy search of the
  // whole: that would count the elided text as errors (and the pieces span the passage).
  const confident = confidentSimilarity(core.length);
  const pieces = ellipsisPieces(core);
  const chained = pieces.length >= 2 ? ellipsisMatch(text, pieces, focus) : null;
  if (chained && chained.similarity >= confident) return chained;

  const floor = core.length >= SHORT_QUOTE_CHARS ? APPROXIMATE_SIMILARITY : confident;
  let best: Match | null = null;
  if (focus) {
    const pad = core.length + WINDOW_PAD;
    best = fuzzyMatch(text, core, floor, focus.start - pad, focus.end + pad, focus);
  }
  if (!isConfident(best)) {
    best = better(best, fuzzyMatch(text, core, confident, 0, text.length, focus), focus);
  }
  if (!best && floor < confident) {
    best = fuzzyMatchNearSeeds(text, core, floor, 0, text.length, focus);
  }
  // Pieces in order also beat a fuzzy match of the whole on a tie: they span all of the
  // quoted passage, where a fuzzy match of the whole tends to drop a short end piece.
  if (chained && (!best || chained.similarity >= best.similarity)) best = chained;
  if (best && best.similarity >= floor) {
    // A trusted fuzzy match must also be the only place that fits (elided ones know theirs).
    return best.method === 'fuzzy' && isConfident(best)
      ? { ...best, rivals: fuzzyRivals(text, core, best, focus) }
      : best;
  }

  // Below the floor, similarity is only worth reporting for an orphan; word pairs may still place it.
  return (core.length >= SHORT_QUOTE_CHARS ? bigramMatch(prepared, core) : null) ?? best;
}
