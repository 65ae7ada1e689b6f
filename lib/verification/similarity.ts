import type { Anchor } from '@/lib/schemas/findings';

/**
 * When two findings from different verifier samples concern the same text. Pure, so the
 * merge can be tested without a database.
 */

/** Lowercased words and numbers, markup and punctuation dropped. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function wordPairs(text: string): Set<string> {
  const w = words(text);
  const pairs = new Set<string>();
  for (let i = 1; i < w.length; i++) pairs.add(`${w[i - 1]} ${w[i]}`);
  if (w.length === 1) pairs.add(w[0]);
  return pairs;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** Share of the shorter range that the two ranges have in common. */
export function overlapRatio(a: [number, number], b: [number, number]): number {
  const inter = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  const shorter = Math.max(1, Math.min(a[1] - a[0], b[1] - b[0]));
  return inter <= 0 ? 0 : inter / shorter;
}

const placed = (a: Anchor | null): a is Anchor => !!a && a.confidence !== 'orphan';

/** Quotes of at least this many words can identify a passage on their own. */
const MIN_QUOTE_WORDS = 3;
const SAME_QUOTE = 0.6;
const SAME_RANGE = 0.5;
const SAME_COMMENT = 0.5;

export type Comparable = { quote: string; description: string; anchor: Anchor | null };

export function quoteSimilarity(a: string, b: string): number {
  const [na, nb] = [words(a).join(' '), words(b).join(' ')];
  if (!na || !nb) return 0;
  if (na === nb || na.includes(nb) || nb.includes(na)) return 1;
  return jaccard(wordPairs(a), wordPairs(b));
}

/**
 * Same text: overlapping placed ranges; else quotes that contain each other or share most
 * word pairs; else (a quote that could not be placed) overlapping cited lines; else, for
 * comments on the whole proof, descriptions that say mostly the same.
 */
export function concernSameText(a: Comparable, b: Comparable): boolean {
  if (placed(a.anchor) && placed(b.anchor)) {
    const ra: [number, number] = [a.anchor.startOffset, a.anchor.endOffset];
    const rb: [number, number] = [b.anchor.startOffset, b.anchor.endOffset];
    return overlapRatio(ra, rb) >= SAME_RANGE;
  }
  if (words(a.quote).length >= MIN_QUOTE_WORDS && words(b.quote).length >= MIN_QUOTE_WORDS) {
    return quoteSimilarity(a.quote, b.quote) >= SAME_QUOTE;
  }
  if (a.anchor && b.anchor) {
    const la: [number, number] = [a.anchor.startLine, a.anchor.endLine + 1];
    const lb: [number, number] = [b.anchor.startLine, b.anchor.endLine + 1];
    return overlapRatio(la, lb) >= SAME_RANGE;
  }
  if (!a.anchor && !b.anchor && !a.quote.trim() && !b.quote.trim()) {
    return jaccard(new Set(words(a.description)), new Set(words(b.description))) >= SAME_COMMENT;
  }
  return false;
}
