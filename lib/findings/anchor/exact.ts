import { disjoint, distanceToFocus, type Focus, type Match } from './match';

/** Enough hits to choose the nearest to the cited lines; more only cost time. */
const MAX_HITS = 500;

export function exactHits(text: string, pattern: string, from = 0, to = text.length): number[] {
  const hits: number[] = [];
  for (let i = text.indexOf(pattern, from); i >= 0 && i + pattern.length <= to; ) {
    hits.push(i);
    if (hits.length >= MAX_HITS) break;
    i = text.indexOf(pattern, i + 1);
  }
  return hits;
}

/**
 * The exact occurrence of `pattern` to use: the one nearest the cited lines, or the first.
 * Other occurrences as near the cited lines (or all others, without cited lines) are its
 * rivals: which one the verifier meant is then for the finding's context to say.
 */
export function exactMatch(text: string, pattern: string, focus: Focus): Match | null {
  const hits = exactHits(text, pattern);
  if (hits.length === 0) return null;
  let best = hits[0];
  for (const hit of hits) {
    const d = distanceToFocus(hit, hit + pattern.length, focus);
    if (d < distanceToFocus(best, best + pattern.length, focus)) best = hit;
  }
  const place = { start: best, end: best + pattern.length };
  const distance = distanceToFocus(place.start, place.end, focus);
  const rivals = hits
    .map((hit) => ({ start: hit, end: hit + pattern.length, similarity: 1 }))
    .filter((r) => disjoint(r, place) && distanceToFocus(r.start, r.end, focus) <= distance);
  return { ...place, similarity: 1, length: pattern.length, method: 'exact', rivals };
}
