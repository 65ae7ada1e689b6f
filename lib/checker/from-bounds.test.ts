import { describe, expect, it } from 'vitest';
import { runChecker } from './run-checker';
import { verdictOf } from './verdict-of';

describe('inequalities that follow from inequalities stated before', () => {
  it('rearranges one: y_j - y_i + 1 ≤ -1 from y_i ≥ y_j + 2', () => {
    const proof = 'Since \\(y_i\\ge y_j+2\\), we have \\(y_j-y_i+1\\le -1\\).';
    expect(verdictOf(proof, 'y_j-y_i+1\\le -1')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from y_i\\ge y_j+2 (line 1)',
    });
  });

  it('scales by a positive constant, and loosens by one: 199c ≤ 5·199, v + 2 < e', () => {
    const scaled = 'Because \\(c\\le 5\\),\n\\[ 199c\\le 5\\cdot199 \\]';
    expect(verdictOf(scaled, '199c\\le 5\\cdot199').verdict).toBe('holds');
    const loosened = 'Then \\(e \\ge v+3\\), so \\(v+2 < e\\).';
    expect(verdictOf(loosened, 'v+2 < e').verdict).toBe('holds');
  });

  it('adds two when the text says it derives the claim: P(r) > P(0)', () => {
    const proof = [
      'Hence \\(P(r) > P(1)\\).',
      'Together with \\(P(1) > P(0)\\) we obtain \\(P(r) > P(0)\\).',
    ].join('\n');
    expect(verdictOf(proof, 'P(r) > P(0)')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from P(r) > P(1) (line 1), P(1) > P(0) (line 2)',
    });
    const listed = 'We have \\(P(r) > P(1)\\).\nAlso \\(P(1) > P(0)\\) and \\(P(r) > P(0)\\).';
    expect(verdictOf(listed, 'P(r) > P(0)').verdict).toBe('skipped');
  });

  it('takes no strict sign without room, no other direction, and never says false', () => {
    const strict = 'Since \\(x\\ge 1+y\\), we have \\(x-y>1\\).';
    expect(verdictOf(strict, 'x-y>1').verdict).toBe('skipped');
    const wrong = 'Since \\(y\\ge x+2\\), we have \\(y-x\\ge 5\\).';
    expect(verdictOf(wrong, 'y-x\\ge 5').verdict).toBe('skipped');
    expect(runChecker(wrong).findings).toEqual([]);
  });

  it('takes nothing from a hypothesis, an alternative or another case', () => {
    const supposed = 'Suppose \\(a\\le b\\).\nThen \\(b-a\\ge 0\\).';
    expect(verdictOf(supposed, 'b-a\\ge 0').verdict).toBe('skipped');
    const either = 'Thus \\(x\\le y\\) or \\(x\\ge 3y\\).\nSo \\(y-x\\ge 0\\).';
    expect(verdictOf(either, 'y-x\\ge 0').verdict).toBe('skipped');
    const cases = [
      '**Case 1.**',
      '',
      'Here \\(a\\le b\\).',
      '',
      '**Case 2.**',
      '',
      'Here \\(a > 2b\\). So \\(b-a\\ge 0\\) fails.',
    ].join('\n');
    expect(verdictOf(cases, 'b-a\\ge 0').verdict).toBe('skipped');
  });

  it('does not count an inequality said again', () => {
    const proof = 'We get \\(a+1>|a-1|\\). Note \\(b=2\\).\nHence \\(a+1>|a-1|\\) for every a.';
    const relations = runChecker(proof).relations.filter((r) => r.text === 'a+1>|a-1|');
    expect(relations.map((r) => r.verdict)).toEqual(['skipped', 'skipped']);
  });
});

describe('what the review of the corpus turned up', () => {
  it('does not confirm a reason given for the line before from that line', () => {
    // PB-Basic-011: "… \le 1999, because (2/3)^{h(o)} \le 1".
    const proof = 'So \\(1999\\,q^{h}\\le1999\\), because \\(q^{h}\\le1\\).';
    expect(verdictOf(proof, 'q^{h}\\le1').verdict).toBe('skipped');
    // PB-Basic-029: "because a + b = n - 1 \\ge p + 1 (recall p \\le n - 2)".
    const recalled = 'Indeed, \\(n-1\\ge p+1\\) (recall \\(p\\le n-2\\)).';
    expect(verdictOf(recalled, 'p\\le n-2').verdict).toBe('skipped');
  });

  it('takes a bound on one symbol for the condition it names, not a step', () => {
    // Grok-4 P5: "since 2λ - √2 < 0 …", then "Bazza forces a win for λ < √2/2".
    const proof =
      'Moreover, since \\(2\\lambda-\\sqrt2<0\\), the game ends.\nBazza has a winning strategy for \\(\\lambda<\\frac{\\sqrt2}{2}\\).';
    expect(verdictOf(proof, '\\lambda<\\frac{\\sqrt2}{2}').verdict).toBe('skipped');
  });

  it('keeps "for even k = 2l" and "for odd k = 2l + 1" apart in one line', () => {
    const proof =
      'For even \\(k=2l\\ge 2\\): done. For odd \\(k=2l+1\\ge 3\\): then the rest.\nSo the bound holds.';
    expect(verdictOf(proof, '2l+1\\ge 3').verdict).toBe('skipped');
  });
});
