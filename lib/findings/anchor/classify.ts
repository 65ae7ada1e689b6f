import type { AnchorConfidence } from '@/lib/schemas/findings';
import type { Match } from './match';
import {
  APPROXIMATE_SIMILARITY,
  CONFIDENT_SIMILARITY,
  fuzzyConfidence,
  SHORT_QUOTE_CHARS,
} from './thresholds';

export type Classified = { confidence: AnchorConfidence; similarity: number };

/**
 * Confidence of a found place, or null when it is too weak to use (BRIEF §4):
 * - an exact hit is `exact`, unless the quote fits several places and neither the cited
 *   lines nor the issue text chose one: the text is certain but the place a guess, so
 *   `approximate` (the same holds for a fuzzy or elided match);
 * - fuzzy and elided matches are `confident` or `approximate` by similarity and length;
 * - a word-pair (paraphrase) match is at best `approximate`, and its similarity is
 *   reported inside the approximate band, since containment is not an edit similarity.
 */
export function classify(match: Match | null): Classified | null {
  if (!match) return null;
  if (match.method === 'exact') {
    return { confidence: match.ambiguous ? 'approximate' : 'exact', similarity: 1 };
  }
  if (match.method === 'bigram') {
    if (match.length < SHORT_QUOTE_CHARS) return null;
    const similarity = Math.min(
      CONFIDENT_SIMILARITY - 0.01,
      Math.max(APPROXIMATE_SIMILARITY, match.similarity),
    );
    return { confidence: 'approximate', similarity };
  }
  const confidence = fuzzyConfidence(match.similarity, match.length);
  if (confidence && match.ambiguous)
    return { confidence: 'approximate', similarity: match.similarity };
  return confidence ? { confidence, similarity: match.similarity } : null;
}

const RANK: Record<AnchorConfidence, number> = {
  exact: 3,
  confident: 2,
  approximate: 1,
  orphan: 0,
};

/** True when `a` is a better placement than `b`. */
export function outranks(a: Classified, b: Classified | null): boolean {
  if (!b) return true;
  if (RANK[a.confidence] !== RANK[b.confidence]) return RANK[a.confidence] > RANK[b.confidence];
  return a.similarity > b.similarity;
}
