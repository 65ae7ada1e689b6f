import { describe, expect, it } from 'vitest';
import type { RoundVerification } from '@/lib/schemas';
import { scoreEvidence } from './score-evidence';

function verification(
  scores: (number | null)[],
  verdict: { confirmed: number; checked: number } = { confirmed: 0, checked: 0 },
): RoundVerification {
  return {
    id: 'v',
    sampleCount: scores.length,
    samples: scores.map((score, index) => ({
      id: `s${index}`,
      index,
      status: score === null ? 'failed' : 'succeeded',
      score,
      error: null,
      findings: 0,
      metaScore: null,
      meta: 'unchecked',
    })),
    distribution: [],
    mean: null,
    min: null,
    verdict: { value: null, minConfirmed: 1, reason: '', ...verdict },
    answered: scores.filter((s) => s !== null).length,
    incomplete: false,
  };
}

describe('scoreEvidence', () => {
  it('calls a 1 from one sample "no issues found by 1 sample", never correct', () => {
    const e = scoreEvidence(1, verification([1]));
    expect(e.text).toBe('no issues found by 1 sample');
    expect(e.text).not.toMatch(/correct/i);
    expect(scoreEvidence(1, verification([1, 1, 1, null])).text).toBe(
      'no issues found by all 3 samples',
    );
  });

  it('shows the spread and what meta-verification confirmed', () => {
    expect(scoreEvidence(0, verification([1, 0.5, 0], { confirmed: 1, checked: 2 }))).toEqual({
      samples: 3,
      spread: { min: 0, max: 1 },
      meta: 'meta-verification confirmed 1 of 2',
      text: '3 samples (0 – 1) · meta-verification confirmed 1 of 2',
    });
    expect(scoreEvidence(0.5, verification([0.5, 0.5])).text).toBe(
      '2 samples (all 0.5) · not meta-verified',
    );
    expect(scoreEvidence(1, verification([1, 0], { confirmed: 0, checked: 1 })).text).toBe(
      '2 samples (0 – 1); the issues reported were not confirmed · meta-verification confirmed 0 of 1',
    );
  });

  it('says when the number of samples is unknown, and when there is no score', () => {
    expect(scoreEvidence(1, null).text).toBe(
      'no issues found (imported score; number of samples unknown)',
    );
    expect(scoreEvidence(null, null).text).toBe('not verified');
  });
});
