import { describe, expect, it } from 'vitest';
import { classifyPassage } from './defect-cues';

describe('classifyPassage', () => {
  it.each([
    ['The claim in Step 2 is false.', 'critical'],
    ['This inequality is incorrect for n = 1.', 'critical'],
    ['The argument fails when x is negative.', 'critical'],
    ['The induction step does not hold for k = 2.', 'critical'],
    ['This conclusion is invalid, since the lemma was never proved.', 'critical'],
    ['The bound \\(a_n \\le 2\\) is not justified.', 'gap'],
    ['The case n = 0 is missing.', 'gap'],
    ['The solution omits the verification of the base case.', 'gap'],
    ['It is unclear whether the limit exists.', 'gap'],
    ['The lemma is stated without proof.', 'gap'],
    ['The solution fails to justify the exchange of limits.', 'gap'],
    ['There is a gap in the argument for odd n.', 'gap'],
    ['The argument is hand-wavy here.', 'gap'],
    ['There is a minor error in the constant, which does not affect the result.', 'minor'],
    ['A typo: the index should be n+1.', 'minor'],
    ['A small slip: the sign of the second term is wrong.', 'minor'],
  ])('%s → %s', (passage, severity) => {
    expect(classifyPassage(passage)).toBe(severity);
  });

  it.each([
    'This step is correct.',
    'There are no errors in this part.',
    'Nothing is missing and no step is wrong.',
    'I initially doubted whether dividing by x is valid, but x > 0 here, so it is correct.',
    'At first this looked incorrect, but the solution treats x = 0 separately.',
    'The solution shows that the assumption is false, giving a contradiction.',
    'Assume for contradiction that the claim is false; the solution then derives a contradiction.',
    'The error term is O(1/n), as stated.',
    'The gap between consecutive roots is at least 1, as shown.',
    'If the bound were wrong, the induction would fail; but it is proved in Lemma 2.',
    'The solution states "the sum is false unless n is even", which is exactly right.',
  ])('finds nothing in: %s', (passage) => {
    expect(classifyPassage(passage)).toBeNull();
  });
});
