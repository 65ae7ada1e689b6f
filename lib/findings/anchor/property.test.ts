import { describe, expect, it } from 'vitest';
import { corpusPresent, corpusProofs } from '@/test/anchoring/corpus-proofs';
import { snapToToken } from '@/test/anchoring/spans';
import { anchorQuote, prepareProof } from './index';
import { normalizeWithMap } from './normalize';
import { normIndexAt } from './prepare';
import { generatedProof, seededRandom } from './test-support';

const CASES = 400;
const norm = (s: string) => normalizeWithMap(s).text;

function checkSlices(proofs: string[], withLines: boolean, seed: number) {
  const random = seededRandom(seed);
  const prepared = proofs.map(prepareProof);
  let checked = 0;
  for (let n = 0; n < CASES; n++) {
    const p = prepared[Math.floor(random() * prepared.length)];
    const proof = p.proof;
    const length = 20 + Math.floor(random() * 281);
    const start = snapToToken(proof, Math.floor(random() * Math.max(1, proof.length - length)));
    const end = snapToToken(proof, Math.min(proof.length, start + length));
    const slice = proof.slice(start, end);
    const wanted = norm(slice).trim();
    if (wanted.length < 8) continue;
    const line = (o: number) => proof.slice(0, o).split('\n').length;
    const lines = withLines ? { start: line(start), end: line(Math.max(start, end - 1)) } : null;
    const anchor = anchorQuote(p, { quote: slice, lines });
    const context = `${JSON.stringify(slice)} at ${start}`;
    expect(anchor, context).not.toBeNull();
    if (!anchor) continue;
    // A slice the proof holds several times, with nothing to choose, is honestly a guess.
    const repeated = p.norm.text.indexOf(wanted) !== p.norm.text.lastIndexOf(wanted);
    const guess = repeated && anchor.confidence === 'approximate';
    expect(guess || anchor.confidence === 'exact', context).toBe(true);
    expect(anchor.similarity, context).toBe(1);
    // Its own place, or an earlier occurrence of the same (normalised) text.
    let first = normIndexAt(p.norm, start);
    if (p.norm.text[first] === ' ') first++;
    expect(anchor.startOffset, context).toBeLessThanOrEqual(p.norm.starts[first]);
    expect(norm(proof.slice(anchor.startOffset, anchor.endOffset)).trim(), context).toBe(wanted);
    checked++;
  }
  expect(checked).toBeGreaterThan(CASES * 0.9);
}

describe('property: any slice of a generated proof is found exactly at its own place', () => {
  const random = seededRandom(7);
  const proofs = Array.from({ length: 20 }, () => generatedProof(random, 3000));
  it('without cited lines', () => checkSlices(proofs, false, 1));
  it('with cited lines', () => checkSlices(proofs, true, 2));
});

describe.skipIf(!corpusPresent())(
  'property: any slice of a corpus proof is found exactly at its own place (skipped: ../shared/corpus absent)',
  () => {
    it('without cited lines', () => checkSlices(corpusProofs(undefined, 0), false, 3));
    it('with cited lines', () => checkSlices(corpusProofs(undefined, 0), true, 4));
  },
);
