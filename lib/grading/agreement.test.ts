import { describe, expect, it } from 'vitest';
import { gradeAgreement } from './agreement';

describe('gradeAgreement', () => {
  it('counts exact matches, matches within one point and the mean absolute difference', () => {
    const a = gradeAgreement([
      { auto: 7, human: 7 },
      { auto: 6, human: 7 },
      { auto: 1, human: 0 },
      { auto: 0, human: 7 },
    ]);
    expect(a).toEqual({ pairs: 4, exact: 0.25, withinOne: 0.75, meanAbsoluteDifference: 9 / 4 });
  });

  it('has no figures without pairs', () => {
    expect(gradeAgreement([])).toEqual({
      pairs: 0,
      exact: null,
      withinOne: null,
      meanAbsoluteDifference: null,
    });
  });
});
