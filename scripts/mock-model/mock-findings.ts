import { lineOf, type NumberedProof } from './numbered-proof';
import { MOCK_FLAWED_LINE, MOCK_GAP_LINE, MOCK_MINOR_LINE } from './proof-texts';

export type MockFinding = {
  severity: 'critical' | 'gap' | 'minor';
  line: number;
  quote: string;
  description: string;
  suggestion: string;
  /** Open Proof Corpus category, for the JSON format. */
  category: string;
};

const CATALOGUE: ReadonlyArray<Omit<MockFinding, 'line'>> = [
  {
    severity: 'critical',
    quote: MOCK_FLAWED_LINE,
    description:
      'The bound \\(\\frac{x}{1-x} \\ge \\frac{3x}{2}\\) is equivalent to \\(x \\ge \\frac{1}{3}\\), so it does not hold termwise: for \\(x = 0.1\\) the left side is about \\(0.111\\) and the right side is \\(0.15\\). The inequality \\(1 - x \\le \\frac{2}{3}\\) is false for small \\(x\\), and the final sum is therefore unjustified.',
    suggestion:
      'Use the tangent-line bound \\(\\frac{x}{1-x} \\ge \\frac{9x - 1}{4}\\), which holds for all \\(x \\in (0, 1)\\) because \\(4x - (9x - 1)(1 - x) = (3x - 1)^2 \\ge 0\\), and sum it.',
    category: 'Overgeneralization',
  },
  {
    severity: 'gap',
    quote: MOCK_GAP_LINE,
    description:
      'Substituting \\(a = b = c\\) only shows that equality is attained; the "only if" direction is asserted without proof.',
    suggestion:
      'Derive the equality case from the bound used: equality forces each term to satisfy it with equality.',
    category: 'Missing Edge Cases',
  },
  {
    severity: 'minor',
    quote: MOCK_MINOR_LINE,
    description:
      'Scaling by a negative \\(t\\) leaves the domain of positive reals; the normalisation needs \\(t > 0\\) (namely \\(t = 1/s\\)).',
    suggestion: 'Say "for any real \\(t > 0\\)" and take \\(t = 1/s\\).',
    category: 'Other',
  },
];

/**
 * The findings the scripted verifier reports for a proof: all three catalogue entries whose
 * line is still present, but only while the planted flaw is there (a repaired proof passes).
 */
export function mockFindings(proof: NumberedProof): MockFinding[] {
  if (lineOf(proof, MOCK_FLAWED_LINE) === null) return [];
  const found: MockFinding[] = [];
  for (const entry of CATALOGUE) {
    const line = lineOf(proof, entry.quote);
    if (line !== null) found.push({ ...entry, line });
  }
  return found;
}
