import type { Anchor, AnchorStatus } from '@/lib/schemas/findings';

function bigrams(s: string): Map<string, number> {
  const t = s.replace(/\s+/g, ' ').trim().toLowerCase();
  const m = new Map<string, number>();
  for (let i = 0; i < t.length - 1; i++) {
    const g = t.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient on character bigrams: cheap, order-tolerant, 1 for equal texts. */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [x, y] = [bigrams(a), bigrams(b)];
  let common = 0;
  let total = 0;
  for (const [g, n] of x) {
    common += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total ? (2 * common) / total : 0;
}

/**
 * What became of an anchored passage: `current` if untouched, `modified` if the person
 * edited inside it but most of it is still there, `outdated` if it was deleted or rewritten.
 */
export function anchorStatus(original: string, now: string): AnchorStatus {
  if (now === original) return 'current';
  if (!now.trim()) return 'outdated';
  return textSimilarity(original, now) >= 0.5 ? 'modified' : 'outdated';
}

/** Records the text an anchor covers when it is placed, so later edits can be told apart. */
export function stampAnchor(proof: string, anchor: Anchor | null): Anchor | null {
  if (!anchor) return null;
  return { ...anchor, text: proof.slice(anchor.startOffset, anchor.endOffset), status: 'current' };
}
