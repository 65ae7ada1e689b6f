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
