import type { Anchor } from '@/lib/schemas/findings';

/** What a finding keeps to be found again in a later proof version (BRIEF §4). */
export type AnchorContext = {
  quote: string;
  prefix: string;
  suffix: string;
  startOffset: number;
  endOffset: number;
};

export const CONTEXT_CHARS = 32;

/**
 * The context of an anchor in `proof`. `quote` is the proof text the anchor covers,
 * verbatim, so a later version can be checked by plain comparison. An orphan covers only
 * the cited lines, not the quoted text, so it keeps the verifier's `quote` instead.
 */
export function anchorContext(proof: string, anchor: Anchor, quote: string): AnchorContext {
  const startOffset = Math.min(proof.length, Math.max(0, anchor.startOffset));
  const endOffset = Math.min(proof.length, Math.max(startOffset, anchor.endOffset));
  const covered = proof.slice(startOffset, endOffset);
  return {
    quote: anchor.confidence === 'orphan' || covered.length === 0 ? quote : covered,
    prefix: proof.slice(Math.max(0, startOffset - CONTEXT_CHARS), startOffset),
    suffix: proof.slice(endOffset, endOffset + CONTEXT_CHARS),
    startOffset,
    endOffset,
  };
}
