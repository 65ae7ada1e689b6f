import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

/**
 * Rewritings whose sides agree only where small-integer draws coincide (j = k, a = b + c),
 * or only where both are near zero: no identity, unless the text stated what makes them agree.
 */
describe('coincidences at the sampled values', () => {
  it('holds: a factorisation in a chain', () => {
    const proof = 'Since \\((b+c)^{2}-a^{2}=(b+c-a)(b+c+a)=(b+c-a)S\\), we obtain';
    expect(verdictOf(proof, '(b+c)^{2}-a^{2}=(b+c-a)(b+c+a)').verdict).toBe('holds');
  });

  it('false with a witness: a wrong factor, where both sides vanish only at a = b + c', () => {
    const proof = 'Since \\((b+c)^{2}-a^{2}=(b+c-a)(b+c-a)=(b+c-a)S\\), we obtain';
    const rel = verdictOf(proof, '(b+c)^{2}-a^{2}=(b+c-a)(b+c-a)');
    expect(rel.verdict).toBe('false');
    expect(rel.witness).toMatch(/^at a = [\d.]+, b = [\d.]+, c = [\d.]+: left .*, right /);
  });

  it('false with a real witness: a wrong expansion that agrees only at the integer x = 1', () => {
    const rel = verdictOf('\\[ (x+1)^2 = x^2+2x+x = Q \\]', '(x+1)^2 = x^2+2x+x');
    expect(rel.verdict).toBe('false');
    expect(rel.witness).toMatch(/^at x = \d+\.\d+: left [\d.]+, right [\d.]+$/);
  });

  it('false: a wrong sign that agrees only where j = k', () => {
    const proof = '\\[ k^{2}-k(i+j)+ij=(k+i)(k-j)=0 \\]';
    expect(verdictOf(proof, 'k^{2}-k(i+j)+ij=(k+i)(k-j)').verdict).toBe('false');
  });

  it('false: exponentials that agree only where both are near zero (M < 0)', () => {
    const proof = '\\[ 9^{14M} = (4^{2})^{14M}=3^{2\\cdot14M}=3^{28M}. \\]';
    expect(verdictOf(proof, '9^{14M} = (4^{2})^{14M}').verdict).toBe('false');
    expect(verdictOf(proof, '3^{2\\cdot14M}=3^{28M}').verdict).toBe('holds');
  });

  it('skipped with its reason when an equation of the text makes them agree (Δ = ρ - 1)', () => {
    // Supposed, not stated: a claim is never confirmed through a hypothesis (through-earlier.ts).
    const proof = [
      'Suppose \\(\\Delta=\\rho-1\\) in this case.',
      '\\[ y-1 = \\frac{S-2\\rho^{2}+4\\rho-2}{4\\Delta}-1 = \\frac{S-2\\rho^{2}+2}{4\\Delta} \\]',
    ].join('\n');
    const rel = verdictOf(
      proof,
      '\\frac{S-2\\rho^{2}+4\\rho-2}{4\\Delta}-1 = \\frac{S-2\\rho^{2}+2}{4\\Delta}',
    );
    expect(rel).toMatchObject({
      verdict: 'skipped',
      reason: 'holds only where integer values coincide: depends on context',
    });
  });

  it('holds through the equation, when the text states it as a fact', () => {
    const proof = [
      'Hence \\(\\Delta=\\rho-1\\) in this case.',
      '\\[ y-1 = \\frac{S-2\\rho^{2}+4\\rho-2}{4\\Delta}-1 = \\frac{S-2\\rho^{2}+2}{4\\Delta} \\]',
    ].join('\n');
    const text = '\\frac{S-2\\rho^{2}+4\\rho-2}{4\\Delta}-1 = \\frac{S-2\\rho^{2}+2}{4\\Delta}';
    expect(verdictOf(proof, text)).toMatchObject({
      verdict: 'holds',
      basis: 'follows from \\Delta=\\rho-1 (line 1)',
    });
  });

  it('holds once "the notations" the text introduces are put in', () => {
    const proof = [
      'Introduce the convenient notations',
      '\\[ \\rho=de,\\qquad \\Delta=\\rho-1. \\]',
      '\\[ y-1 = \\frac{S-2\\rho^{2}+4\\rho-2}{4\\Delta}-1 = \\frac{S-2\\rho^{2}+2}{4\\Delta} \\]',
    ].join('\n');
    const text = '\\frac{S-2\\rho^{2}+4\\rho-2}{4\\Delta}-1 = \\frac{S-2\\rho^{2}+2}{4\\Delta}';
    expect(verdictOf(proof, text).verdict).toBe('holds');
  });
});

describe('binomial identities', () => {
  it('holds: symmetry and the factorial form', () => {
    expect(
      verdictOf(
        'Because \\(\\binom{k+t}{t}=\\binom{k+t}{k}\\), …',
        '\\binom{k+t}{t}=\\binom{k+t}{k}',
      ).verdict,
    ).toBe('holds');
    const form = '\\binom{2k}{k}=\\frac{(2k)!}{k!\\,k!}';
    expect(verdictOf(`Multiplying by \\(${form}\\) cancels`, form).verdict).toBe('holds');
  });

  it('false with a witness: a wrong factorial form', () => {
    const form = '\\binom{2k}{k}=\\frac{(3k)!}{k!\\,k!}';
    const rel = verdictOf(`Multiplying by \\(${form}\\) cancels`, form);
    expect(rel.verdict).toBe('false');
    expect(rel.witness).toMatch(/^at k = \d: left \d+, right \d+$/);
  });

  it('skipped: an equation between binomials that some n solves', () => {
    const rel = verdictOf(
      'so \\(\\binom{n}{2}=\\binom{n}{3}\\) gives',
      '\\binom{n}{2}=\\binom{n}{3}',
    );
    expect(rel).toMatchObject({
      verdict: 'skipped',
      reason: 'holds only for some values: depends on context',
    });
  });
});

describe('a letter before a powered bracket', () => {
  it('is skipped: r(x)^2 is r(x) squared for a function r, r·x² for a number r', () => {
    const proof = '\\[ 2r(x)+r(x)^2t(x) =r(x)\\bigl(2+r(x)t(x)\\bigr) \\]';
    const rel = verdictOf(proof, '2r(x)+r(x)^2t(x) =r(x)\\bigl(2+r(x)t(x)\\bigr)');
    expect(rel).toMatchObject({ verdict: 'skipped', reason: 'a letter before a powered bracket' });
  });

  it('reads a power inside the bracket, and a sum squared after a letter, as before', () => {
    const proof = '\\[ a(b+c)^2 = a b^2 + 2abc + ac^2 \\]';
    expect(verdictOf(proof, 'a(b+c)^2 = a b^2 + 2abc + ac^2').verdict).toBe('holds');
  });

  it('does not confirm a binomial claim that held only where every binomial was 0', () => {
    // Putnam 2024 B5, with \\binom{N}{r+2} planted for \\binom{N}{r+1}: after "r = k + m" the
    // first draws put r past N, where both sides are 0; it was confirmed.
    const proof = (rhs: string) =>
      `Here \\(L=k+m-t\\) and \\(r=k+m\\).\nPascal's rule gives \\(\\binom{N}{r}=${rhs}\\) with \\(N=s+L\\).`;
    const wrong = '\\binom{N+1}{r+1}-\\binom{N}{r+2}';
    expect(verdictOf(proof(wrong), `\\binom{N}{r}=${wrong}`).verdict).not.toBe('holds');
    const right = '\\binom{N+1}{r+1}-\\binom{N}{r+1}';
    expect(verdictOf(proof(right), `\\binom{N}{r}=${right}`).verdict).toBe('holds');
  });

  it('is not explained by an equation that holds everywhere', () => {
    // Putnam 2024 B3, with a sign planted: "x_n = n\\pi + \\delta_n" written again became
    // "n\\pi + \\delta_n = n\\pi + \\delta_n" with the definition put in, which held at the one
    // integer draw where \\delta_{n+1} = \\delta_n, and so "explained" the coincidence.
    const proof = [
      'Let \\(x_n=n\\pi+\\delta_n\\). Since \\(\\tan x_n = x_n\\), the roots satisfy \\(x_n=n\\pi+\\delta_n\\).',
      'Their difference is \\[(n+1)\\pi+\\delta_{n+1}-(n\\pi+\\delta_n)=\\pi-(\\delta_{n+1}-\\delta_n).\\]',
    ].join('\n');
    const rel = verdictOf(
      proof,
      '(n+1)\\pi+\\delta_{n+1}-(n\\pi+\\delta_n)=\\pi-(\\delta_{n+1}-\\delta_n)',
    );
    expect(rel.verdict).toBe('false');
    expect(rel.witness).toMatch(
      /^at \\delta_\{n\+1\} = [\d.]+, \\delta_\{n\} = [\d.]+, n = [\d.]+: /,
    );
  });
});
