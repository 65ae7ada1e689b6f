/**
 * The scripted model's proof: Nesbitt's inequality with one planted flaw (a "termwise"
 * bound that is false for x < 1/3), one gap (equality case argued in one direction only)
 * and one minor slip (scaling by a negative t). Tests assert on these exact lines.
 */

export const MOCK_PROBLEM =
  'Let \\(a, b, c\\) be positive real numbers. Prove that \\[\\frac{a}{b+c} + \\frac{b}{c+a} + \\frac{c}{a+b} \\ge \\frac{3}{2}.\\]';

export const MOCK_FLAWED_LINE =
  'Moreover, \\(f(x) \\ge \\frac{3x}{2}\\) holds termwise for every \\(x \\in (0, 1)\\), since \\(1 - x \\le \\frac{2}{3}\\).';

export const MOCK_GAP_LINE =
  'Equality holds if and only if \\(a = b = c\\), as one checks by substituting \\(a = b = c = \\frac{1}{3}\\).';

export const MOCK_MINOR_LINE =
  'Both sides are unchanged when \\((a, b, c)\\) is replaced by \\((ta, tb, tc)\\) for any real \\(t \\neq 0\\), so we may assume \\(s = 1\\).';

/** The display line that sums the flawed bound; refinement rewrites it with the real bound. */
export const MOCK_SUM_LINE = 'S \\ge \\frac{3}{2}(a + b + c) = \\frac{3}{2},';

export const MOCK_FIXED_LINE =
  'For every \\(x \\in (0, 1)\\) we have \\(f(x) \\ge \\frac{9x - 1}{4}\\), because \\(4x - (9x - 1)(1 - x) = (3x - 1)^2 \\ge 0\\) and \\(1 - x > 0\\).';

export const MOCK_FIXED_SUM_LINE = 'S \\ge \\frac{9(a + b + c) - 3}{4} = \\frac{3}{2},';

export const MOCK_GAP_FIX_LINE =
  'Equality holds if and only if \\(a = b = c\\): equality in the bound above forces \\((3x - 1)^2 = 0\\) for \\(x = a, b, c\\), that is \\(a = b = c = \\frac{1}{3}\\).';

/** The `## Solution` body the generator returns (19 lines). */
export const MOCK_PROOF = [
  'Let \\(a, b, c\\) be positive real numbers and put \\(s = a + b + c\\). We must prove',
  '\\[',
  '\\frac{a}{b+c} + \\frac{b}{c+a} + \\frac{c}{a+b} \\ge \\frac{3}{2}.',
  '\\]',
  MOCK_MINOR_LINE,
  'Then \\(b + c = 1 - a\\), \\(c + a = 1 - b\\) and \\(a + b = 1 - c\\), where \\(a, b, c \\in (0, 1)\\).',
  'Hence the left-hand side equals',
  '\\[',
  'S = \\frac{a}{1-a} + \\frac{b}{1-b} + \\frac{c}{1-c}.',
  '\\]',
  'Consider \\(f(x) = \\frac{x}{1-x}\\) on the interval \\((0, 1)\\); it is positive and increasing there.',
  MOCK_FLAWED_LINE,
  'Applying this bound to \\(x = a\\), \\(x = b\\) and \\(x = c\\) and adding the three inequalities, we get',
  '\\[',
  MOCK_SUM_LINE,
  '\\]',
  'which is the required inequality.',
  MOCK_GAP_LINE,
  'This completes the proof. \\(\\blacksquare\\)',
].join('\n');

/** Line replacements refinement applies: the flaw and its sum, and the gap. */
export const MOCK_REPAIRS: ReadonlyArray<readonly [string, string]> = [
  [MOCK_FLAWED_LINE, MOCK_FIXED_LINE],
  [MOCK_SUM_LINE, MOCK_FIXED_SUM_LINE],
  [MOCK_GAP_LINE, MOCK_GAP_FIX_LINE],
];

export function repairProof(proof: string): string {
  return MOCK_REPAIRS.reduce((text, [from, to]) => text.split(from).join(to), proof);
}

/** What refinement returns when the request carries no usable candidate. */
export const MOCK_FIXED_PROOF = repairProof(MOCK_PROOF);

export const MOCK_GENERATION_SELF_SCORE = '0.5';
export const MOCK_REFINED_SELF_SCORE = '1';

const GENERATION_SELF_EVALUATION =
  'Here is my evaluation of the solution: The reduction to \\(a + b + c = 1\\) is valid by homogeneity and the rewriting of each denominator is correct. The key step is the termwise bound for \\(f(x) = \\frac{x}{1-x}\\), which I justified only briefly, and the equality case is stated rather than derived, so some details may be missing.';

const REFINED_SELF_EVALUATION =
  'Here is my evaluation of the solution: Every step is justified. The tangent-line bound \\(\\frac{x}{1-x} \\ge \\frac{9x - 1}{4}\\) is proved by the identity \\(4x - (9x - 1)(1 - x) = (3x - 1)^2\\), summing it gives the claim, and the equality case follows from when that square vanishes.';

/** A whole answer in DeepSeekMath-V2's output format. */
export function formatAnswer(proof: string, selfEvaluation: string, score: string): string {
  return `## Solution\n\n${proof}\n\n## Self Evaluation\n\n${selfEvaluation}\n\nBased on my evaluation, the final overall score should be: \\boxed{${score}}`;
}

export const MOCK_GENERATION_ANSWER = formatAnswer(
  MOCK_PROOF,
  GENERATION_SELF_EVALUATION,
  MOCK_GENERATION_SELF_SCORE,
);

export function refinedAnswer(candidate: string): string {
  return formatAnswer(repairProof(candidate), REFINED_SELF_EVALUATION, MOCK_REFINED_SELF_SCORE);
}
