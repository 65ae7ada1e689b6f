import { describe, expect, it } from 'vitest';
import {
  MOCK_FIXED_PROOF,
  MOCK_FLAWED_LINE,
  MOCK_PROOF,
} from '../../scripts/mock-model/proof-texts';
import { tokenize } from '../math/tokenize';
import { LineIndex, proofFormulas } from './formulas';
import { runChecker } from './run-checker';
import { QuantifiedDomains, quantifiedDomains } from './stated-domain';
import { verdictOf } from './verdict-of';

describe('claims for every value of a stated domain', () => {
  it('flags the mock Nesbitt proof’s termwise bound, with a witness inside (0, 1)', () => {
    const line = MOCK_PROOF.split('\n').indexOf(MOCK_FLAWED_LINE) + 1;
    const rel = verdictOf(MOCK_PROOF, 'f(x) \\ge \\frac{3x}{2}');
    expect(rel).toMatchObject({ verdict: 'false', line });
    const m =
      /^at x = ([\d.]+) \(for every \\\(x \\in \(0, 1\)\\\)\): left ([\d.]+), right ([\d.]+) \(given f\(x\) = \\frac\{x\}\{1-x\} from earlier\)$/.exec(
        rel.witness ?? '',
      );
    expect(m).not.toBeNull();
    const [x, left, right] = (m ?? []).slice(1).map(Number);
    // The witness is inside the domain, where the bound fails (x < 1/3), with both sides right.
    expect(x > 0 && x < 1 / 3).toBe(true);
    expect(left).toBeCloseTo(x / (1 - x), 4);
    expect(right).toBeCloseTo((3 * x) / 2, 4);
    const finding = runChecker(MOCK_PROOF).findings.find((f) => f.text === rel.text);
    expect(finding).toMatchObject({ startLine: line, severity: 'gap', category: 'computation' });
  });

  it('lets the repaired tangent-line bound hold on the same domain', () => {
    expect(verdictOf(MOCK_FIXED_PROOF, 'f(x) \\ge \\frac{9x - 1}{4}').verdict).toBe('holds');
    expect(runChecker(MOCK_FIXED_PROOF).findings.filter((f) => f.check === 'relations')).toEqual(
      [],
    );
  });

  it('reads intervals, half-lines, chains and kinds named in words', () => {
    const cases: [string, string, string][] = [
      ['For every \\(x \\in [0, 1]\\) we have \\(x^2 \\le x\\).', 'x^2 \\le x', 'holds'],
      ['For all \\(x > 0\\), \\(x + \\frac{1}{x} \\ge 2\\).', 'x + \\frac{1}{x} \\ge 2', 'holds'],
      ['For all \\(0 < t < 1\\), \\(t^3 < t^2\\).', 't^3 < t^2', 'holds'],
      [
        'For all positive reals \\(a, b\\), \\(a^2 + b^2 \\ge 2ab\\).',
        'a^2 + b^2 \\ge 2ab',
        'holds',
      ],
      ['For all integers \\(n \\ge 2\\), \\(2^n \\ge n + 2\\).', '2^n \\ge n + 2', 'holds'],
      ['For every \\(x \\in (0, 2)\\), \\(x^2 \\le x\\).', 'x^2 \\le x', 'false'],
      ['For all \\(n \\ge 1\\), \\(2^n \\ge n + 2\\).', '2^n \\ge n + 2', 'false'],
      [
        'For all positive reals \\(a, b\\), \\(a^2 + b^2 \\ge 3ab\\).',
        'a^2 + b^2 \\ge 3ab',
        'false',
      ],
    ];
    for (const [proof, text, verdict] of cases)
      expect([proof, verdictOf(proof, text).verdict]).toEqual([proof, verdict]);
    const witness = verdictOf(
      'For every \\(x \\in (0, 2)\\), \\(x^2 \\le x\\).',
      'x^2 \\le x',
    ).witness;
    expect(witness).toMatch(/^at x = 1\.[\d]+ \(for every \\\(x \\in \(0, 2\)\\\)\): left/);
  });

  it('is skipped, never false, when a condition narrows the domain or a symbol is not covered', () => {
    const narrowed =
      'For every \\(x \\in (0, 1)\\) with \\(x \\ge \\frac13\\), \\(\\frac{x}{1-x} \\ge \\frac{3x}{2}\\).';
    expect(verdictOf(narrowed, '\\frac{x}{1-x} \\ge \\frac{3x}{2}').verdict).toBe('skipped');
    const uncovered = 'For every \\(x \\in (0, 1)\\), \\(x^2 \\le c\\).';
    expect(verdictOf(uncovered, 'x^2 \\le c').verdict).toBe('skipped');
    const otherSentence = 'Let \\(x \\in (0, 2)\\). If \\(x \\le 1\\) then \\(x^2 \\le x\\).';
    expect(verdictOf(otherSentence, 'x^2 \\le x').verdict).toBe('skipped');
    const unknown = 'For every \\(y \\in \\mathbb R\\), \\(P(y) = P(-y)\\).';
    expect(verdictOf(unknown, 'P(y) = P(-y)').verdict).toBe('skipped');
  });
});

describe('the domains a proof states, read once per proof', () => {
  it('give each formula, asked in any order, what a reading for it alone gives', () => {
    const proof = [
      'For every \\(x \\in [0, 1]\\) and all \\(y > 0\\) we have \\(x^2 \\le x\\), \\(x y \\ge 0\\).',
      'For all positive reals \\(a, b\\), \\(a^2 + b^2 \\ge 2ab\\); and \\(c = 1\\).',
      'For all integers \\(n \\ge 2\\) with \\(n\\) odd, \\(2^n \\ge n + 2\\) and \\(0 < t < 1\\).',
    ].join('\n');
    const { formulas } = proofFormulas(proof, new LineIndex(proof), tokenize(proof));
    const shared = new QuantifiedDomains(formulas);
    const order = formulas.map((_, k) => (k * 5) % formulas.length);
    expect(new Set(order).size).toBe(formulas.length);
    for (const k of [...order, ...order])
      expect(shared.around(k)).toEqual(quantifiedDomains(formulas, k));
    // Not vacuous: formulas of one sentence see each other's domains.
    expect(quantifiedDomains(formulas, 3).map((d) => d.symbols)).toEqual([['x']]);
    expect(quantifiedDomains(formulas, 5).map((d) => d.symbols)).toEqual([['a', 'b']]);
    expect(quantifiedDomains(formulas, 9)).toEqual([]);
  });
});
