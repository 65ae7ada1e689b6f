import { describe, expect, it } from 'vitest';
import { describeHistory, matchNodes, nodeHistories, textSimilarity } from './node-identity';
import { buildOutline } from './outline';
import { roundOutline } from './round-outline';

const R1 = [
  '**Lemma 1.** Every odd square is one more than a multiple of eight.',
  '*Proof.* Write n = 2k + 1 and expand.',
  '**Lemma 2.** The sum of two odd squares is never a square.',
  '*Proof.* By Lemma 1 it is 2 mod 8.',
].join('\n');
// R2 swaps the lemmas' order, renames "Lemma 2" to "Lemma 3" and adds a new Lemma 2.
const R2 = [
  '**Lemma 1.** Every odd square is one more than a multiple of eight.',
  '*Proof.* Write n = 2k + 1 and expand the square.',
  '**Lemma 2.** Squares are 0, 1 or 4 mod 8.',
  '*Proof.* Check the eight residues.',
  '**Lemma 3.** The sum of two odd squares is never a square.',
  '*Proof.* By Lemmas 1 and 2 it is 2 mod 8, which no square is.',
].join('\n');

const doc = (text: string) => ({ text, nodes: buildOutline(text).nodes });

describe('node identity across rounds', () => {
  it('matches by label and statement, and follows a renamed lemma by its statement', () => {
    const m = matchNodes(doc(R1), doc(R2));
    expect(m.get('lemma-1')).toBe('lemma-1');
    expect(m.get('lemma-3')).toBe('lemma-2');
    // The new Lemma 2 has Lemma 2's label but R1's Lemma 2 went to Lemma 3 (closer statement).
    expect(m.has('lemma-2')).toBe(false);
  });

  it('scores text similarity by shared word pairs', () => {
    expect(textSimilarity('a b c d', 'a b c d')).toBe(1);
    expect(textSimilarity('a b c d', 'w x y z')).toBe(0);
  });

  it('tells a node’s story: "Lemma 2: critical in R1, fixed in R2"', () => {
    const at = (line: number) => ({
      severity: 'critical' as const,
      decision: 'pending' as const,
      citedLines: { start: line, end: line },
      anchor: null,
    });
    const rounds = [
      { index: 1, text: R1, outline: roundOutline(R1, [at(4)], true) },
      { index: 2, text: R2, outline: roundOutline(R2, [], true) },
    ];
    const history = nodeHistories(rounds).get('lemma-3') ?? [];
    expect(describeHistory('Lemma 3', history)).toBe('Lemma 3: critical in R1, fixed in R2');
    expect(nodeHistories(rounds).get('lemma-2')).toEqual([{ round: 2, status: 'clean' }]);
  });
});
