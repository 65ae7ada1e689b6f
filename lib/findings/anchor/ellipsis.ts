import { exactHits } from './exact';
import { fuzzyMatch } from './fuzzy';
import { compareMatches, distanceToFocus, type Focus, type Match } from './match';
import { confidentSimilarity } from './thresholds';

/** Pieces shorter than this say too little to place (BRIEF §4 step 5). */
const MIN_PIECE = 8;
/** How much proof text an ellipsis may stand for. */
const MAX_GAP = 10_000;
/** First-piece occurrences worth following. */
const MAX_STARTS = 20;

/** The parts of an elided quote (`A ... B`) long enough to search for, in order. */
export function ellipsisPieces(quote: string): string[] {
  return quote
    .split('...')
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= MIN_PIECE);
}

/** Where one piece continues after `from`: exactly if possible, else as a close fuzzy match. */
function nextPiece(text: string, piece: string, from: number): Match | null {
  const to = from + MAX_GAP + piece.length;
  const [hit] = exactHits(text, piece, from, to);
  if (hit !== undefined) {
    return {
      start: hit,
      end: hit + piece.length,
      similarity: 1,
      length: piece.length,
      method: 'exact',
    };
  }
  return fuzzyMatch(text, piece, confidentSimilarity(piece.length), from, to, null);
}

/** Follows the remaining pieces in order from a first one; a missing piece counts as all errors. */
function chainFrom(text: string, first: Match, rest: string[]): Match {
  let errors = (1 - first.similarity) * first.length;
  let total = first.length;
  let end = first.end;
  for (const piece of rest) {
    const found = nextPiece(text, piece, end);
    total += piece.length;
    if (found) {
      errors += (1 - found.similarity) * piece.length;
      end = found.end;
    } else errors += piece.length;
  }
  return {
    start: first.start,
    end,
    similarity: 1 - errors / total,
    length: total,
    method: 'ellipsis',
  };
}

/**
 * Anchors a quote that elides text by finding its pieces in order with bounded gaps. Only
 * used once the whole quote failed, since `L_1, \ldots, L_m` is real proof content.
 */
export function ellipsisMatch(text: string, pieces: string[], focus: Focus): Match | null {
  if (pieces.length < 2) return null;
  const [head, ...rest] = pieces;
  const starts: Match[] = exactHits(text, head)
    .sort((a, b) => distanceToFocus(a, a, focus) - distanceToFocus(b, b, focus))
    .slice(0, MAX_STARTS)
    .map((hit) => ({
      start: hit,
      end: hit + head.length,
      similarity: 1,
      length: head.length,
      method: 'exact',
    }));
  if (starts.length === 0) {
    const fuzzy = fuzzyMatch(text, head, confidentSimilarity(head.length), 0, text.length, focus);
    if (fuzzy) starts.push(fuzzy);
  }
  let best: Match | null = null;
  for (const start of starts) {
    const chained = chainFrom(text, start, rest);
    if (!best || compareMatches(chained, best, focus) < 0) best = chained;
  }
  // A lost first piece should not sink a quote whose other pieces are all there.
  if ((!best || best.similarity < 1) && rest.length >= 2) {
    const without = ellipsisMatch(text, rest, focus);
    if (without) {
      const total = without.length + head.length;
      const shifted = {
        ...without,
        similarity: (without.similarity * without.length) / total,
        length: total,
      };
      if (!best || compareMatches(shifted, best, focus) < 0) best = shifted;
    }
  }
  return best;
}
