import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

const lines = (...ls: string[]) => ls.join('\n');

describe('instances of a general term stated earlier', () => {
  it('puts the index in: a_0 = α + β after a_n = α·5^n + β(-4)^n', () => {
    const proof = lines(
      '\\[ a_n=\\alpha\\cdot5^{\\,n}+\\beta\\cdot(-4)^{\\,n}\\qquad(\\forall n\\in\\mathbb Z). \\]',
      'One finds \\(a_0=\\alpha+\\beta,\\;a_1=5\\alpha-4\\beta\\).',
    );
    expect(verdictOf(proof, 'a_0=\\alpha+\\beta')).toMatchObject({
      verdict: 'holds',
      basis: 'instance of a_n=\\alpha\\cdot5^{\\,n}+\\beta\\cdot(-4)^{\\,n} (line 1) at n = 0',
    });
    expect(verdictOf(proof, 'a_1=5\\alpha-4\\beta').verdict).toBe('holds');
  });

  it('computes a closed instance: C_{10} = 184756/11', () => {
    const proof = lines(
      'Because the Catalan number \\(C_n=\\frac{\\binom{2n}{n}}{n+1}\\), for \\(n=10\\):',
      '\\[ C_{10}=\\frac{184756}{11}, \\qquad C_3 = 6. \\]',
    );
    expect(verdictOf(proof, 'C_{10}=\\frac{184756}{11}').verdict).toBe('holds');
    expect(verdictOf(proof, 'C_3 = 6').verdict).toBe('skipped'); // C_3 = 5: never false here
  });

  it('keeps to the range the text states: not b_0 after "for n ≥ 1"', () => {
    const proof =
      'For \\(n \\ge 1\\) let \\(b_n = 2n+1\\). Then \\(b_0 = 1\\), \\(b_2 = 5\\), \\(b_{j-1} = 2j-1\\).';
    expect(verdictOf(proof, 'b_0 = 1').verdict).toBe('skipped');
    expect(verdictOf(proof, 'b_2 = 5').verdict).toBe('holds');
    expect(verdictOf(proof, 'b_{j-1} = 2j-1').verdict).toBe('skipped');
  });

  it('takes no recurrence and no coefficient for a general term', () => {
    const proof = lines(
      'Let \\(b_n = 3b_{n-1} + n\\) and \\(b_0 = 1\\); then \\(b_1 = 4\\).',
      'The leading coefficient is \\(a_n = 3\\), so \\(a_0 = 3\\).',
    );
    expect(verdictOf(proof, 'b_1 = 4').verdict).toBe('skipped');
    expect(verdictOf(proof, 'a_0 = 3').verdict).toBe('skipped');
  });

  it('drops a term stated in a case when the case ends', () => {
    const proof = lines(
      '**Case 1.** Suppose \\(a>0\\). Then \\(x_n = 2^n\\) for all n.',
      '**Case 2.** Suppose \\(a<0\\). Then \\(x_3 = 8\\).',
    );
    expect(verdictOf(proof, 'x_3 = 8').verdict).toBe('skipped');
  });

  it('puts a value into the formula of a function: f(0) = 0, g(-1) = 1', () => {
    const proof = lines(
      '\\[ f(x)=\\frac{1-3x-\\sqrt{1-14x+9x^{2}}}{4}. \\]',
      'For \\(x=0\\) we obtain \\(f(0)=0\\).',
      'Thus we get \\[ g(x)=3x^2+x-1,\\qquad g(-1)=1,\\; g(2) = 12. \\]',
    );
    expect(verdictOf(proof, 'f(0)=0')).toMatchObject({
      verdict: 'holds',
      basis: 'instance of f(x)=\\frac{1-3x-\\sqrt{1-14x+9x^{2}}}{4} (line 1) at x = 0',
    });
    expect(verdictOf(proof, 'g(-1)=1').verdict).toBe('holds');
    expect(verdictOf(proof, 'g(2) = 12').verdict).toBe('skipped'); // g(2) = 13
  });

  it('puts a value into a formula in n, the index letters take: f(10) in PB-Basic-012', () => {
    const proof = lines(
      'Insert (14) into (9):',
      '\\[ f(n)=\\binom{2n}{n}\\;\\frac{\\binom{2n+1}{n}}{n+1} \\]',
      'For instance \\(f(10)=16796\\times 352716\\) and \\(f(3) = 176\\).',
    );
    expect(verdictOf(proof, 'f(10)=16796\\times 352716')).toMatchObject({
      verdict: 'holds',
      basis: expect.stringMatching(/\(line 2\) at n = 10$/),
    });
    expect(verdictOf(proof, 'f(3) = 176').verdict).toBe('skipped'); // f(3) = 175
  });

  it('takes no formula about one value the text fixed: f(q) = q^j for a prime q', () => {
    const proof = lines(
      'Choose an odd prime \\(q\\). Now \\(f(q) \\mid q^q\\), so \\(f(q) = q^j\\).',
      'Set \\(b=3\\). Then \\(f(3) = 3^j\\) and \\(f(1)=1\\).',
    );
    expect(verdictOf(proof, 'f(3) = 3^j').verdict).toBe('skipped');
    expect(verdictOf(proof, 'f(1)=1').verdict).toBe('skipped');
  });
});
