import { describe, expect, it } from 'vitest';
import { runChecker } from './run-checker';
import { verdictOf } from './verdict-of';

describe('claims that follow from equations stated earlier', () => {
  it('confirms a claim with the values earlier equations give its symbols, naming them', () => {
    const proof = [
      'Computing the length gives \\(L = k + 1 - 2d\\).',
      'Therefore the ratio is \\(p\\frac{k-1+L}{L} = p\\frac{2(k-d)}{L}\\).',
    ].join('\n');
    expect(verdictOf(proof, 'p\\frac{k-1+L}{L} = p\\frac{2(k-d)}{L}')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from L = k + 1 - 2d (line 1)',
    });
  });

  it('goes through equations that use others, and names only those it needed', () => {
    const proof = [
      'We found \\(T = \\delta^2 + \\rho^2\\) and \\(U = \\rho + 7\\).',
      'Also \\(S = T + 2\\rho + 1\\).',
      'So \\(S = \\delta^2 + (\\rho + 1)^2\\).',
    ].join('\n');
    expect(verdictOf(proof, 'S = \\delta^2 + (\\rho + 1)^2')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from T = \\delta^2 + \\rho^2 (line 1), S = T + 2\\rho + 1 (line 2)',
    });
  });

  it('uses what a chain of equations says of its first side', () => {
    const proof = [
      '\\[ L = |w|^{2} = \\delta^{2} + h^{2} = k + 1 - 2d \\]',
      'Therefore \\(p(k - 1 + L) = 2p(k - d)\\).',
    ].join('\n');
    expect(verdictOf(proof, 'p(k - 1 + L) = 2p(k - d)')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from L = k + 1 - 2d (line 1)',
    });
  });

  it('takes nothing from a chain past a link that is not an equation', () => {
    const proof = 'We get \\(L = k^2 + 1 \\le M = 7k\\).\nSo \\(L - 7k = 0\\).';
    expect(verdictOf(proof, 'L - 7k = 0').verdict).toBe('skipped');
  });

  it('confirms an earlier equation with the same done to both sides', () => {
    const proof = [
      'The constraint is \\(x^2 + y^2 + z^2 = 1\\).',
      'Adding \\(2q\\) gives \\(x^2 + y^2 + z^2 + 2q = 1 + 2q\\).',
    ].join('\n');
    expect(verdictOf(proof, 'x^2 + y^2 + z^2 + 2q = 1 + 2q')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from x^2 + y^2 + z^2 = 1 (line 1)',
    });
  });

  it('puts values into an earlier equation before comparing: "z = 3w" in "3(…) = z^2"', () => {
    const proof = [
      'So \\(3(6x^2 + y^2) = z^2\\).',
      'Then \\(3 \\mid z\\), hence \\(z = 3w\\) for an integer w.',
      'Dividing, \\(6x^2 + y^2 = 3w^2\\).',
    ].join('\n');
    expect(verdictOf(proof, '6x^2 + y^2 = 3w^2')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from 3(6x^2 + y^2) = z^2 (line 1), z = 3w (line 2)',
    });
  });

  it('combines two earlier equations when the text says it derives the claim', () => {
    const proof = [
      'The circles are \\(x^2 + y^2 = r^2\\) and \\((x - d)^2 + y^2 = R^2\\).',
      'Subtracting gives \\(x^2 - (x - d)^2 = r^2 - R^2\\).',
    ].join('\n');
    expect(verdictOf(proof, 'x^2 - (x - d)^2 = r^2 - R^2')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from x^2 + y^2 = r^2 (line 1), (x - d)^2 + y^2 = R^2 (line 1)',
    });
  });

  it('does not combine two equations the text only lists (lines through one point)', () => {
    const proof = 'Take the lines \\(y = x\\), \\(y = -2x + 5\\) and \\(y = -x/2 + 5/2\\).';
    expect(verdictOf(proof, 'y = -x/2 + 5/2').verdict).toBe('skipped');
  });

  it('does not combine two equations that cannot hold together (cases listed)', () => {
    const proof = [
      'Set \\(f(n) = 4\\) at one point and \\(f(n) = 1\\) at another.',
      'Adding these, \\(3f(n) = 6\\).',
    ].join('\n');
    expect(verdictOf(proof, '3f(n) = 6').verdict).toBe('skipped');
  });

  it('confirms an inequality that holds for all values once the equations are put in', () => {
    const proof = 'We get \\(R = \\sqrt{l^2 + d^2}\\).\nHence \\(R > |d|\\).';
    expect(verdictOf(proof, 'R > |d|')).toMatchObject({ verdict: 'holds' });
  });

  it('never calls a claim false through earlier lines', () => {
    const proof = 'We found \\(L = k + 1 - 2d\\).\nThus \\(p(k - 1 + L) = 3p(k - d)\\).';
    expect(verdictOf(proof, 'p(k - 1 + L) = 3p(k - d)').verdict).toBe('skipped');
    expect(runChecker(proof).findings).toEqual([]);
  });

  it('does not count a restated equation as checked', () => {
    const proof = 'We found \\(b = 2s + 1\\).\nRecall \\(b = 1 + 2s\\).';
    expect(verdictOf(proof, 'b = 1 + 2s').verdict).toBe('skipped');
  });

  it('checks an equation said again with a side rewritten, and only a right rewriting', () => {
    const said = (again: string) =>
      verdictOf(
        `We found \\(A = 1 + 9^{k} + 3k\\).\nAs \\(9 = 3^{2}\\),\nthus \\(${again}\\).`,
        again,
      );
    expect(said('A = 1 + 3^{2k} + 3k')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from A = 1 + 9^{k} + 3k (line 1)',
    });
    // The same terms in another order check nothing; a wrong rewriting is not confirmed.
    expect(said('A = 3k + 9^{k} + 1').verdict).toBe('skipped');
    expect(said('A = 1 + 3^{3k} + 3k').verdict).toBe('skipped');
  });

  it('does not use a hypothesis, nor judge a claim made under one', () => {
    const fromHypothesis = 'If \\(u = v^2 + 1\\) we are done.\nOtherwise \\(u - v^2 = 1\\) fails.';
    expect(verdictOf(fromHypothesis, 'u - v^2 = 1').verdict).toBe('skipped');
    const underHypothesis = 'We have \\(w = t^2\\).\nIf \\(w + 1 = t^2 + 1\\) then so on.';
    expect(verdictOf(underHypothesis, 'w + 1 = t^2 + 1').verdict).toBe('skipped');
  });

  it('does not use a special case for a claim about every case', () => {
    const proof = [
      'Consider the case where Bazza plays greedily, so \\(S = k\\sqrt{2}\\).',
      '',
      'Now against any play, \\(2S \\le 2k\\sqrt{2}\\).',
    ].join('\n');
    expect(verdictOf(proof, '2S \\le 2k\\sqrt{2}').verdict).toBe('skipped');
  });

  it('does not confirm a strict inequality from an equation', () => {
    const proof = 'We have \\(S = m + 1\\).\nSo \\(S > m + 1\\).';
    expect(verdictOf(proof, 'S > m + 1').verdict).toBe('skipped');
  });

  it('does not confirm an inequality true for integers only', () => {
    const proof = 'Here \\(M = n^2 + n + 1\\).\nSo \\(4M \\ge 4\\).';
    expect(verdictOf(proof, '4M \\ge 4').verdict).toBe('skipped');
  });

  it('leaves numbers to stated values: "a = \\sqrt{9}" is not carried past its paragraph', () => {
    const proof = 'We get \\(a = \\sqrt{9}\\).\n\nIn general \\(a^2 + a = 12\\).';
    expect(verdictOf(proof, 'a^2 + a = 12').verdict).toBe('skipped');
  });

  it('forgets what a case stated when the next case opens', () => {
    const proof = [
      '**Case 1.** The number n is odd. Then \\(x = y^2 + 1\\), and so on.',
      '**Case 2.** The number n is even. Then \\(x - y^2 = 1\\) gives the rest.',
    ].join('\n');
    expect(verdictOf(proof, 'x - y^2 = 1').verdict).toBe('skipped');
  });

  it('reaches back 40 lines at most', () => {
    // L is written before the equation: it states a fact about L, not L's definition.
    const near = [
      '\\(L\\) is the length of the path.',
      'We found \\(L = k^2 + 1\\).',
      ...Array(39).fill('Text.'),
      'So \\(L - 1 = k^2\\).',
    ];
    expect(verdictOf(near.join('\n'), 'L - 1 = k^2').verdict).toBe('holds');
    const far = [
      '\\(L\\) is the length of the path.',
      'We found \\(L = k^2 + 1\\).',
      ...Array(40).fill('Text.'),
      'So \\(L - 1 = k^2\\).',
    ];
    expect(verdictOf(far.join('\n'), 'L - 1 = k^2').verdict).toBe('skipped');
  });
});
