import type { AnchorConfidence } from '@/lib/schemas/findings';

/** Similarity (1 − errors / pattern length) a fuzzy match needs to be trusted (BRIEF §4). */
export const CONFIDENT_SIMILARITY = 0.8;
/** Short quotes match by chance more easily, so they must be closer. */
export const SHORT_QUOTE_CONFIDENT_SIMILARITY = 0.9;
export const SHORT_QUOTE_CHARS = 40;
/** Below this a match is not shown at all; approximate anchors need 40+ normalised chars. */
export const APPROXIMATE_SIMILARITY = 0.6;
/** Myers cost grows with the error budget, so the budget is capped (k = min(128, ⌈0.4·m⌉)). */
export const MAX_ERRORS = 128;
/** A place this many edits worse than the best one still competes with it (repeated passages). */
export const RIVAL_EDITS = 1;
/** Word-bigram containment that the last-resort search needs. */
export const BIGRAM_CONTAINMENT = 0.5;
/** Texts shorter than this recur by chance: found away from their old place, they need their old surroundings. */
export const UNIQUE_QUOTE_CHARS = 20;

export function confidentSimilarity(patternLength: number): number {
  return patternLength < SHORT_QUOTE_CHARS
    ? SHORT_QUOTE_CONFIDENT_SIMILARITY
    : CONFIDENT_SIMILARITY;
}

/** Most errors a match of an m-char pattern may have and still reach `similarity`. */
export function errorBudget(patternLength: number, similarity: number): number {
  return Math.min(MAX_ERRORS, Math.floor(patternLength * (1 - similarity) + 1e-9));
}

/** Confidence of a non-exact match, or null when it is too weak to place the finding. */
export function fuzzyConfidence(
  similarity: number,
  patternLength: number,
): AnchorConfidence | null {
  if (similarity >= confidentSimilarity(patternLength)) return 'confident';
  if (patternLength >= SHORT_QUOTE_CHARS && similarity >= APPROXIMATE_SIMILARITY)
    return 'approximate';
  return null;
}
