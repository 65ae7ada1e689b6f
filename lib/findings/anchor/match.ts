/** Another place a quote fits about as well, in normalised coordinates [start, end). */
export type Place = { start: number; end: number; similarity: number };

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
  /**
   * Places apart from this one that fit the quote as well (or one edit less well) and are
   * no farther from the cited lines: the quote alone cannot tell which one was meant.
   */
  rivals?: Place[];
  /** Rivals were found and nothing (cited lines, the finding's issue text) chose between them. */
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

/** True when two ranges share no character. */
export const disjoint = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start || b.end <= a.start;
