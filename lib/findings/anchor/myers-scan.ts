import search from 'approx-string-match';
import { compareMatches, type Focus, type Match } from './match';

/**
 * Best match of `pattern` in text[from, to) with at most `maxErrors` edits (Myers'
 * bit-parallel algorithm via approx-string-match), nearest the focus among equals.
 */
export function scan(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
  focus: Focus,
): Match | null {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi - lo <= 0 || pattern.length === 0) return null;
  let best: Match | null = null;
  for (const hit of search(text.slice(lo, hi), pattern, maxErrors)) {
    const match: Match = {
      start: hit.start + lo,
      end: hit.end + lo,
      similarity: 1 - hit.errors / pattern.length,
      length: pattern.length,
      method: 'fuzzy',
    };
    if (match.end > match.start && (!best || compareMatches(match, best, focus) < 0)) best = match;
  }
  return best;
}

/** A place in normalised coordinates [start, end) and its edit count against the pattern. */
export type Hit = { start: number; end: number; errors: number };

/** Every match of `pattern` in text[from, to) with at most `maxErrors` edits (they overlap). */
export function scanAll(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
): Hit[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi - lo <= 0 || pattern.length === 0) return [];
  return search(text.slice(lo, hi), pattern, maxErrors)
    .filter((hit) => hit.end > hit.start)
    .map((hit) => ({ start: hit.start + lo, end: hit.end + lo, errors: hit.errors }));
}
