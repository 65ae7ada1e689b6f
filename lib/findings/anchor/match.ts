/**
 * A place found for a quote, in normalised coordinates [start, end). `length` is the
 * normalised quote length the similarity was measured against.
 */
export type Match = {
  start: number;
  end: number;
  similarity: number;
  length: number;
  method: 'exact' | 'fuzzy' | 'ellipsis' | 'bigram';
  /** Exact text found at several places and nothing (cited lines) chose between them. */
  ambiguous?: boolean;
};

/** A normalised range the search prefers (the cited lines), if any. */
export type Focus = { start: number; end: number } | null;

/** Gap between a match and the focus range; 0 when they overlap. */
export function distanceToFocus(start: number, end: number, focus: Focus): number {
  if (!focus) return 0;
  if (end <= focus.start) return focus.start - end;
  if (start >= focus.end) return start - focus.end;
  return 0;
}

/** Better match first: higher similarity, then closer to the focus, then earlier. */
export function compareMatches(a: Match, b: Match, focus: Focus): number {
  if (a.similarity !== b.similarity) return b.similarity - a.similarity;
  const da = distanceToFocus(a.start, a.end, focus);
  const db = distanceToFocus(b.start, b.end, focus);
  return da !== db ? da - db : a.start - b.start;
}
