import { describe, expect, it } from 'vitest';
import { integrate } from './quadrature';
import { verdictOf } from './verdict-of';

describe('quadrature: a definite integral settles, or has no value', () => {
  const near = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThan(1e-12);

  it('integrates smooth functions, endpoint singularities and half-lines', () => {
    near(
      integrate((x) => x * x, 0, 1),
      1 / 3,
    );
    near(
      integrate((x) => 1 / Math.sqrt(x), 0, 1),
      2,
    );
    near(
      integrate((x) => Math.log(x), 0, 1),
      -1,
    );
    near(
      integrate((x) => Math.exp(-x * x), -Infinity, Infinity),
      Math.sqrt(Math.PI),
    );
    near(
      integrate((x) => x * Math.exp(-x * x), 1.3, Infinity),
      Math.exp(-1.69) / 2,
    );
    near(
      integrate((x) => 1 / (x * x), -Infinity, -1),
      1,
    );
  });

  it('gives minus the integral for reversed bounds, and 0 for equal ones', () => {
    near(
      integrate((x) => x, 1, 0),
      -0.5,
    );
    expect(integrate((x) => 1 / x, 2, 2)).toBe(0);
  });

  it('has no value for a divergent, singular or oscillating integral', () => {
    expect(integrate((x) => 1 / x, 1, Infinity)).toBeNaN();
    expect(integrate((x) => 1 / x, -1, 1)).toBeNaN();
    expect(integrate((x) => 1 / x, 0, 1)).toBeNaN();
    expect(integrate((x) => Math.tan(x) ** 2, 0, 2)).toBeNaN();
    expect(integrate((x) => Math.sin(x) / x, 0, Infinity)).toBeNaN();
    expect(integrate(Math.sqrt, -1, 1)).toBeNaN();
  });
});

describe('claims about definite integrals, computed', () => {
  it('confirms a value and calls a wrong one false with the computed sides', () => {
    const proof = 'So \\(\\int_0^1 x^2\\,dx = \\frac13\\) and \\(\\int_0^2 x^3\\,dx = 5\\).';
    expect(verdictOf(proof, '\\int_0^1 x^2\\,dx = \\frac13').verdict).toBe('holds');
    expect(verdictOf(proof, '\\int_0^2 x^3\\,dx = 5')).toMatchObject({
      verdict: 'false',
      witness: 'left 4, right 5',
    });
  });

  it('reads \\mathrm{d}, a variable named under the sign, nested integrals and arcsin', () => {
    const proof = [
      '\\[ \\int_{\\psi=0}^{\\pi/2}\\sin\\psi\\,\\mathrm{d}\\psi = 1 \\]',
      '\\[ \\int_0^1\\int_0^2 xy\\,dx\\,dy = 1 \\]',
      '\\[ \\int_0^1 \\frac{1}{1+x^2}\\,dx = \\frac{\\pi}{4} \\]',
      '\\[ \\int_{0}^{1/2}\\frac{2}{\\sqrt{1-p^2}}\\,dp = 2\\arcsin\\frac12 \\]',
    ].join('\n');
    for (const text of [
      '\\int_{\\psi=0}^{\\pi/2}\\sin\\psi\\,\\mathrm{d}\\psi = 1',
      '\\int_0^1\\int_0^2 xy\\,dx\\,dy = 1',
      '\\int_0^1 \\frac{1}{1+x^2}\\,dx = \\frac{\\pi}{4}',
      '\\int_{0}^{1/2}\\frac{2}{\\sqrt{1-p^2}}\\,dp = 2\\arcsin\\frac12',
    ])
      expect(verdictOf(proof, text).verdict, text).toBe('holds');
  });

  it('checks an identity in a parameter, with e^{…} beside an integral read as exp', () => {
    const proof = [
      '\\[ \\frac{1}{M}\\int_{M}^{\\infty}w e^{-w^{2}}\\,dw = \\frac{e^{-M^{2}}}{2M} \\]',
      '\\[ \\int_{-\\infty}^{-M}e^{-w^{2}}\\,dw = \\int_{M}^{\\infty}e^{-w^{2}}\\,dw \\]',
      '\\[ \\int_0^{\\infty} e^{-tx}\\,dx = \\frac{1}{t} \\]',
      '\\[ \\int_0^{\\infty} e^{-tx}\\,dx = \\frac{2}{t} \\]',
    ].join('\n');
    expect(
      verdictOf(proof, '\\frac{1}{M}\\int_{M}^{\\infty}w e^{-w^{2}}\\,dw = \\frac{e^{-M^{2}}}{2M}')
        .verdict,
    ).toBe('holds');
    expect(
      verdictOf(proof, '\\int_{-\\infty}^{-M}e^{-w^{2}}\\,dw = \\int_{M}^{\\infty}e^{-w^{2}}\\,dw')
        .verdict,
    ).toBe('holds');
    expect(verdictOf(proof, '\\int_0^{\\infty} e^{-tx}\\,dx = \\frac{1}{t}').verdict).toBe('holds');
    expect(verdictOf(proof, '\\int_0^{\\infty} e^{-tx}\\,dx = \\frac{2}{t}').verdict).toBe('false');
  });

  it('integrates a function the text defined by a chain, with a value it bound (Putnam 2024 A5)', () => {
    const proof = [
      'Let \\(R=9\\). Therefore the density of \\(p\\) is',
      '\\[ f(p)=f_\\alpha(\\alpha)\\Bigl|\\frac{d\\alpha}{dp}\\Bigr| =\\frac{2}{\\pi R}\\,\\frac{1}{\\sqrt{1-(p/R)^2}} \\]',
      'so \\(\\int_{0}^{1}f(p)\\,dp=\\frac{2}{\\pi}\\arcsin\\frac{1}{9}\\), not \\(\\int_{0}^{1}f(p)\\,dp=\\frac{2}{\\pi}\\arcsin\\frac{1}{8}\\).',
    ].join('\n');
    expect(
      verdictOf(proof, '\\int_{0}^{1}f(p)\\,dp=\\frac{2}{\\pi}\\arcsin\\frac{1}{9}').verdict,
    ).toBe('holds');
    const wrong = verdictOf(proof, '\\int_{0}^{1}f(p)\\,dp=\\frac{2}{\\pi}\\arcsin\\frac{1}{8}');
    expect(wrong.verdict).toBe('false');
    // The witness gives f as the chain defines it, not the chain's middle link.
    expect(wrong.witness).toContain('given f(p) = \\frac{2}{\\pi R}');
  });

  it('reports a wrong value offered "if desired", after equations that use R (A5\'s last line)', () => {
    const proof = [
      'Let \\(R=9\\). Therefore the density of \\(p\\) is',
      '\\[ f(p)=f_\\alpha(\\alpha)\\Bigl|\\frac{d\\alpha}{dp}\\Bigr| =\\frac{2}{\\pi R}\\,\\frac{1}{\\sqrt{1-(p/R)^2}} \\]',
      'The chord meets the circle at parameter t, and \\(R = t + 1\\).',
      '',
      '(If desired, the minimal probability can be computed: \\(P(0)=\\displaystyle\\int_{0}^{1}f(p)\\,dp=\\frac{2}{\\pi}\\arcsin\\frac{1}{10}\\).)',
    ].join('\n');
    const last = verdictOf(proof, '\\int_{0}^{1}f(p)\\,dp=\\frac{2}{\\pi}\\arcsin\\frac{1}{10}');
    expect(last).toMatchObject({ verdict: 'false', line: 5 });
    expect(last.witness).toMatch(
      /^left 0\.0708\d+, right 0\.0637\d+ \(given f\(p\) = .*, R=9 from earlier\)$/,
    );
  });

  it('never calls false what it cannot compute: unknown functions, divergence, no bounds', () => {
    const proof = [
      'Then \\(\\int_a^b f(x)\\,dx = 3\\), \\(\\int_1^{\\infty} x^{-1}\\,dx = 5\\),',
      '\\(\\int x\\,dx = 7\\) and \\(\\int_0^1 \\frac{dx}{x+1} = 2\\).',
    ].join(' ');
    for (const text of [
      '\\int_a^b f(x)\\,dx = 3',
      '\\int_1^{\\infty} x^{-1}\\,dx = 5',
      '\\int x\\,dx = 7',
      '\\int_0^1 \\frac{dx}{x+1} = 2',
    ])
      expect(verdictOf(proof, text).verdict, text).toBe('skipped');
    expect(verdictOf(proof, '\\int x\\,dx = 7').reason).toBe('an indefinite integral');
  });

  it('keeps e a letter away from integrals', () => {
    // e is a number the text named (an exponent): e^2 = 9 is a claim about it, not about exp.
    const proof = 'Let \\(e\\) be the exponent, so \\(e^{2} = 9\\).';
    expect(verdictOf(proof, 'e^{2} = 9').verdict).toBe('skipped');
  });
});
