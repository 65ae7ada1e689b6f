import {
  formatAnswer,
  MOCK_FLAWED_LINE,
  MOCK_GAP_LINE,
  MOCK_GENERATION_SELF_SCORE,
} from './proof-texts';

/**
 * The `structured` scenario's draft (issue 17): Nesbitt's inequality as three lemmas and a
 * conclusion, the way DeepSeekMath-V2 and GPT-5 write long proofs. Lemma 2 cites Lemma 1 and
 * carries the planted flaw; Lemma 3 carries the gap. Verifying Lemma 2 alone therefore finds
 * the critical flaw only, and its prompt holds Lemma 1's statement but nothing of Lemma 3.
 */
export const MOCK_LEMMA_1_STATEMENT =
  'The left-hand side is unchanged when \\((a, b, c)\\) is replaced by \\((ta, tb, tc)\\) for any real \\(t > 0\\).';

export const MOCK_LEMMA_3_STATEMENT =
  'Equality in the inequality holds exactly when the three variables coincide.';

export const MOCK_STRUCTURED_PROOF = [
  '## Setup',
  '',
  'Let \\(a, b, c\\) be positive real numbers, \\(s = a + b + c\\) and \\(f(x) = \\frac{x}{1-x}\\) on \\((0, 1)\\).',
  '',
  `**Lemma 1.** ${MOCK_LEMMA_1_STATEMENT}`,
  '',
  '*Proof.* Each fraction is a quotient of two linear forms, so the factor \\(t\\) cancels. ∎',
  '',
  '**Lemma 2.** If \\(s = 1\\), then \\(\\frac{a}{b+c} + \\frac{b}{c+a} + \\frac{c}{a+b} \\ge \\frac{3}{2}\\).',
  '',
  '*Proof.* By Lemma 1 nothing is lost by taking \\(s = 1\\); then the sum is \\(f(a) + f(b) + f(c)\\).',
  MOCK_FLAWED_LINE,
  'Adding the bound for \\(x = a, b, c\\) gives \\(f(a) + f(b) + f(c) \\ge \\frac{3}{2}(a + b + c) = \\frac{3}{2}\\). ∎',
  '',
  `**Lemma 3.** ${MOCK_LEMMA_3_STATEMENT}`,
  '',
  `*Proof.* ${MOCK_GAP_LINE} ∎`,
  '',
  '## Conclusion',
  '',
  'By Lemma 1 we may assume \\(s = 1\\), Lemma 2 gives the inequality, and Lemma 3 its equality case. \\(\\blacksquare\\)',
].join('\n');

export const MOCK_STRUCTURED_ANSWER = formatAnswer(
  MOCK_STRUCTURED_PROOF,
  'Here is my evaluation of the solution: the reduction and the lemmas are in order, though the termwise bound in Lemma 2 is argued briefly.',
  MOCK_GENERATION_SELF_SCORE,
);
