import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceBefore } from './prose-cues';

/** sentenceBefore as first written: every end listed, the last one taken. */
function listingEnds(proof: string, offset: number): string {
  const before = proof.slice(Math.max(0, offset - 300), offset);
  const ends = [...before.matchAll(/[.!?](\s|$)|\n\s*\n/g)];
  const last = ends[ends.length - 1];
  return last ? before.slice((last.index ?? 0) + last[0].length) : before;
}

describe('sentenceBefore', () => {
  it('cuts where the last sentence end before the offset is, as listing the ends did', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b ', '.', '!', '?', ' ', '\n', '\t', 'e.g.', '2.5'), {
        maxLength: 120,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(400), (proof, at) => {
        const offset = Math.min(at, proof.length);
        expect(sentenceBefore(proof, offset)).toBe(listingEnds(proof, offset));
        // Asked again: the shared expression starts afresh each time.
        expect(sentenceBefore(proof, offset)).toBe(listingEnds(proof, offset));
      }),
      { numRuns: 3000, seed: 16 },
    );
  });
});
