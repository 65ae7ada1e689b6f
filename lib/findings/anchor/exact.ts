import { distanceToFocus, type Focus, type Match } from './match';
import { UNIQUE_QUOTE_CHARS } from './thresholds';

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
 * A short pattern found several times with no cited lines to choose is flagged ambiguous,
 * because which occurrence the verifier meant is then a guess.
 */
export function exactMatch(text: string, pattern: string, focus: Focus): Match | null {
  const hits = exactHits(text, pattern);
  if (hits.length === 0) return null;
  let best = hits[0];
  for (const hit of hits) {
    const d = distanceToFocus(hit, hit + pattern.length, focus);
    if (d < distanceToFocus(best, best + pattern.length, focus)) best = hit;
  }
  return {
    start: best,
    end: best + pattern.length,
    similarity: 1,
    length: pattern.length,
    method: 'exact',
    ambiguous: !focus && hits.length > 1 && pattern.length < UNIQUE_QUOTE_CHARS,
  };
}
