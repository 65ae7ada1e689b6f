import { describe, expect, it } from 'vitest';
import { MOCK_STRUCTURED_PROOF } from '@/scripts/mock-model/structured-proof';
import { buildOutline } from './outline';
import { partsBottomUp } from './part-order';

describe('the parts autopilot works through, bottom-up', () => {
  it('takes the outermost statements, each after the parts it cites', () => {
    const proof = [
      '**Lemma 1.** A, by Lemma 2.',
      '',
      '*Proof.* Lemma 2 gives it. **Claim 1.** Inside. ∎',
      '',
      '**Lemma 2.** B.',
      '',
      '*Proof.* Direct. ∎',
      '',
      '**Lemma 3.** C.',
      '',
      '*Proof.* Direct. ∎',
    ].join('\n');
    expect(partsBottomUp(buildOutline(proof))).toEqual(['lemma-2', 'lemma-1', 'lemma-3']);
  });

  it('keeps reading order when nothing is cited out of order, and through cycles', () => {
    expect(partsBottomUp(buildOutline(MOCK_STRUCTURED_PROOF))).toEqual([
      'lemma-1',
      'lemma-2',
      'lemma-3',
    ]);
    const cycle = '**Lemma 1.** By Lemma 2.\n\n**Lemma 2.** By Lemma 1.';
    expect(partsBottomUp(buildOutline(cycle))).toEqual(['lemma-1', 'lemma-2']);
  });

  it('is empty for a proof with no lemmas or claims', () => {
    expect(partsBottomUp(buildOutline('Just an argument.\n\nDone.'))).toEqual([]);
  });
});
