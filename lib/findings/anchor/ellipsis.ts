import { exactHits } from './exact';
import { fuzzyMatch } from './fuzzy';
import { disjoint, distanceToFocus, type Focus, type Match, type Place } from './match';
import { scanAll } from './myers-scan';
import { fuzzyRivals, MAX_RIVALS } from './rivals';
import { confidentSimilarity, errorBudget, RIVAL_EDITS } from './thresholds';

/** Pieces shorter than this say too little to place (BRIEF §4 step 5)... */
const MIN_PIECE = 8;
/** ...but may still extend a placed chain when found right next to it. */
const MIN_SHORT_PIECE = 3;
const SHORT_GAP = 200;
/** How much proof text an ellipsis may stand for. */
const MAX_GAP = 10_000;
/** How well the first piece must fit a later place for the chain to start there instead. */
const TIGHTENING_SIMILARITY = 0.75;
/** First-piece occurrences worth following. */
const MAX_STARTS = 20;

/** The parts of an elided quote (`A ... B`) worth searching for, in order. */
export function ellipsisPieces(quote: string): string[] {
  // `st. ... end`: four dots are a full stop and an elision, not an elision and a dot.
  return quote
    .split(/\.{3,}/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= MIN_SHORT_PIECE);
}

/**
 * Where one piece continues after `from`: exactly if possible, else as a close fuzzy match.
 * A short piece (`and m`) is only looked for verbatim, just after the previous one.
 */
function nextPiece(text: string, piece: string, from: number): Match | null {
  if (piece.length < MIN_PIECE) {
    const [hit] = exactHits(text, piece, from, from + SHORT_GAP + piece.length);
    return hit === undefined
      ? null
      : {
          start: hit,
          end: hit + piece.length,
          similarity: 1,
          length: piece.length,
          method: 'exact',
        };
  }
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

/**
 * The last place before `before` where the first piece still fits (3/4 of it): the same
 * words often occur many times before the next piece, and the passage the verifier
 * quoted starts at the last of them, not thousands of chars earlier.
 */
function lastStart(text: string, head: string, first: Match, before: number): Match {
  if (first.similarity === 1) {
    const at = text.lastIndexOf(head, before - head.length);
    return at > first.start ? { ...first, start: at, end: at + head.length } : first;
  }
  // Moving the start later only narrows the anchor, so a looser fit may move it.
  const budget = errorBudget(head.length, TIGHTENING_SIMILARITY);
  let last: Match = first;
  for (const hit of scanAll(text, head, budget, first.end, before)) {
    if (hit.start > last.start && hit.start >= first.end) {
      last = { ...first, start: hit.start, end: hit.end, similarity: 1 - hit.errors / head.length };
    }
  }
  return last;
}

/** Follows the remaining pieces in order from a first one; a missing piece counts as all errors. */
function chainFrom(text: string, head: string, first: Match, rest: string[]): Match {
  let start = first;
  let errors = 0;
  let total = first.length;
  let end = first.end;
  for (const piece of rest) {
    const found = nextPiece(text, piece, end);
    total += piece.length;
    if (found) {
      if (end === first.end) start = lastStart(text, head, first, found.start);
      errors += (1 - found.similarity) * piece.length;
      end = found.end;
    } else errors += piece.length;
  }
  errors += (1 - start.similarity) * first.length;
  return {
    start: start.start,
    end,
    similarity: 1 - errors / total,
    length: total,
    method: 'ellipsis',
  };
}

/** Places where a reworded first piece fits confidently, the best fits first. */
function fuzzyStarts(text: string, head: string, focus: Focus): Match[] {
  const best = fuzzyMatch(text, head, confidentSimilarity(head.length), 0, text.length, focus);
  if (!best) return [];
  const others = fuzzyRivals(text, head, best, focus, 0)
    .slice(0, MAX_STARTS - 1)
    .map((place): Match => ({ ...place, length: head.length, method: 'fuzzy' }));
  return [best, ...others];
}

/**
 * Better chain first: confident on the cited lines, then higher similarity, nearer the
 * focus, then the tighter one. Chains
 * from two occurrences of the first piece often end at the same last piece; the one that
 * starts later is the passage the verifier quoted, the other spans much more.
 */
function compareChains(a: Match, b: Match, focus: Focus): number {
  const da = distanceToFocus(a.start, a.end, focus);
  const db = distanceToFocus(b.start, b.end, focus);
  // On the cited lines and confident beats elsewhere and a little closer.
  const onA = focus && da === 0 && a.similarity >= confidentSimilarity(a.length) ? 0 : 1;
  const onB = focus && db === 0 && b.similarity >= confidentSimilarity(b.length) ? 0 : 1;
  if (onA !== onB) return onA - onB;
  if (a.similarity !== b.similarity) return b.similarity - a.similarity;
  if (da !== db) return da - db;
  return a.end - a.start - (b.end - b.start) || a.start - b.start;
}

/** Chains apart from the best that fit one edit less well or better, no farther from the focus. */
function rivalChains(chains: Match[], best: Match, focus: Focus): Place[] {
  const distance = distanceToFocus(best.start, best.end, focus);
  const floor = best.similarity - RIVAL_EDITS / best.length - 1e-9;
  const rivals: Place[] = [];
  for (const chain of [...chains].sort((a, b) => compareChains(a, b, focus))) {
    if (chain.similarity < floor || distanceToFocus(chain.start, chain.end, focus) > distance)
      continue;
    if (!disjoint(chain, best) || rivals.some((r) => !disjoint(chain, r))) continue;
    rivals.push({ start: chain.start, end: chain.end, similarity: chain.similarity });
    if (rivals.length > MAX_RIVALS) break;
  }
  return rivals;
}

/**
 * Anchors a quote that elides text by finding its pieces in order with bounded gaps. Only
 * used once the whole quote failed, since `L_1, \ldots, L_m` is real proof content.
 */
export function ellipsisMatch(text: string, pieces: string[], focus: Focus): Match | null {
  if (pieces.length < 2) return null;
  const lead = pieces.findIndex((piece) => piece.length >= MIN_PIECE);
  if (lead < 0) return null;
  const chain = chainMatch(text, pieces.slice(lead), focus);
  return chain && lead > 0 ? withLeading(text, pieces.slice(0, lead), chain) : chain;
}

/** Short first pieces, looked for verbatim just before a placed chain (last one first). */
function withLeading(text: string, leading: string[], chain: Match): Match {
  let start = chain.start;
  let found = chain.similarity * chain.length;
  let total = chain.length;
  for (const piece of [...leading].reverse()) {
    total += piece.length;
    const at = text.lastIndexOf(piece, start - piece.length);
    if (at >= 0 && start - at <= SHORT_GAP + piece.length) {
      start = at;
      found += piece.length;
    }
  }
  const scale = chain.length / total;
  return {
    ...chain,
    start,
    similarity: found / total,
    length: total,
    rivals: chain.rivals?.map((r) => ({ ...r, similarity: r.similarity * scale })),
  };
}

/** Chains from the places of the first piece (long enough to place) through the rest. */
function chainMatch(text: string, pieces: string[], focus: Focus): Match | null {
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
  // A reworded first piece: every place it fits as well, so the tightest chain can win.
  if (starts.length === 0) starts.push(...fuzzyStarts(text, head, focus));
  const chains = starts.map((start) => chainFrom(text, head, start, rest));
  let best: Match | null = null;
  for (const chained of chains)
    if (!best || compareChains(chained, best, focus) < 0) best = chained;
  if (best) best = { ...best, rivals: rivalChains(chains, best, focus) };
  // A lost first piece should not sink a quote whose other pieces are all there.
  if ((!best || best.similarity < 1) && rest.some((piece) => piece.length >= MIN_PIECE)) {
    const without = ellipsisMatch(text, rest, focus);
    if (without) {
      const total = without.length + head.length;
      const scale = without.length / total;
      const shifted = {
        ...without,
        similarity: without.similarity * scale,
        length: total,
        rivals: without.rivals?.map((r) => ({ ...r, similarity: r.similarity * scale })),
      };
      if (!best || compareChains(shifted, best, focus) < 0) best = shifted;
    }
  }
  return best;
}
