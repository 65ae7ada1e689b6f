import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

/** `n` lines of prose with no formula: what puts a line out of the 40 lines' reach. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `Remark ${i + 1}.`);

describe('definitions stand past the reach of earlier equations', () => {
  it('puts in a definition made 50 lines before, with an equation stated just before', () => {
    const proof = [
      'Introduce the notation \\(\\rho=de\\).',
      ...filler(50),
      'We found \\(S=\\rho+1\\).',
      'Hence \\(S-1=de\\).',
    ].join('\n');
    expect(verdictOf(proof, 'S-1=de')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from \\rho=de (line 1), S=\\rho+1 (line 52)',
    });
  });

  it('gives an equation stated far back, not a definition, no such standing', () => {
    const proof = [
      'We found \\(\\rho=de\\).',
      ...filler(50),
      'We found \\(S=\\rho+1\\).',
      'Hence \\(S-1=de\\).',
    ].join('\n');
    expect(verdictOf(proof, 'S-1=de').verdict).toBe('skipped');
  });

  it('does not give it to an inequality: a root defined far back decides where samples exist', () => {
    const proof = [
      'Let \\(x=\\sqrt{a}-1\\).',
      ...filler(50),
      'We found \\(q=x+1\\).',
      'So \\(q\\ge 0\\cdot x\\).',
    ].join('\n');
    expect(verdictOf(proof, 'q\\ge 0\\cdot x').verdict).toBe('skipped');
  });

  it('ends a definition made in a case with the case', () => {
    const proof = [
      '**Case 1.**',
      '',
      'Let \\(\\rho=de\\).',
      '',
      '**Case 2.**',
      '',
      'Here d and e are other numbers.',
      ...filler(50),
      'We found \\(S=\\rho+1\\).',
      'Hence \\(S-1=de\\).',
    ].join('\n');
    expect(verdictOf(proof, 'S-1=de').verdict).toBe('skipped');
  });
});

describe('an equation that first writes its letter stands as its definition', () => {
  it('puts in "S = (d^2+1)(e^2+1)", the first formula with an S, 50 lines later', () => {
    // PB-Basic-026: "S = (d^2+1)(e^2+1)" under a heading, no "let"; used a page later.
    const proof = [
      'Auxiliary quantities: \\(S=(d^{2}+1)(e^{2}+1)\\).',
      ...filler(50),
      'Compute \\(\\frac{2e}{e^{2}+1}+\\frac{2d}{d^{2}+1} = \\frac{2(de+1)(d+e)}{S}\\).',
    ].join('\n');
    expect(
      verdictOf(proof, '\\frac{2e}{e^{2}+1}+\\frac{2d}{d^{2}+1} = \\frac{2(de+1)(d+e)}{S}'),
    ).toMatchObject({ verdict: 'holds', basis: 'follows from S=(d^{2}+1)(e^{2}+1) (line 1)' });
  });

  it('is no definition when an earlier formula wrote the letter', () => {
    const proof = [
      'Let \\(S\\) be the area of the triangle.',
      'We find \\(S=(d^{2}+1)(e^{2}+1)\\).',
      ...filler(50),
      'Compute \\(\\frac{S}{d^{2}+1} = e^{2}+1\\).',
    ].join('\n');
    expect(verdictOf(proof, '\\frac{S}{d^{2}+1} = e^{2}+1').verdict).toBe('skipped');
  });

  it('is no definition when the letter is first written on the right', () => {
    const proof = [
      'We have \\(T=S+1\\) and \\(S=(d^{2}+1)(e^{2}+1)\\).',
      ...filler(50),
      'Compute \\(\\frac{S}{d^{2}+1} = e^{2}+1\\).',
    ].join('\n');
    expect(verdictOf(proof, '\\frac{S}{d^{2}+1} = e^{2}+1').verdict).toBe('skipped');
  });

  it('is not given to an inequality, as no standing definition is', () => {
    const proof = [
      'Auxiliary quantities: \\(S=(d^{2}+1)(e^{2}+1)\\).',
      ...filler(50),
      'So \\(\\frac{S}{d^{2}+1} \\ge 1\\).',
    ].join('\n');
    expect(verdictOf(proof, '\\frac{S}{d^{2}+1} \\ge 1').verdict).toBe('skipped');
  });
});

describe('a power of a negative number through a definition', () => {
  it('is not confirmed by the integer draws that made its exponent even', () => {
    // PB-Basic-021: "(-2)^k + 2 = -2^k + 2" held at 8 draws of a, t in k = 1 + (a - 1)t.
    const proof = [
      'Write \\(k=1+(a-1)t\\).',
      'Since \\(k\\) is odd,',
      '\\[ (-2)^{k}+2 = -2^{k}+2 = -(2^{k}-2). \\]',
    ].join('\n');
    expect(verdictOf(proof, '(-2)^{k}+2 = -2^{k}+2').verdict).toBe('skipped');
  });
});
