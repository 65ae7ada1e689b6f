import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

const lines = (...ls: string[]) => ls.join('\n');

describe('two capitals the text made numbers, read as a product', () => {
  it('expands (S+T)^2 after S := …, T := …', () => {
    const proof = lines(
      '\\[ S:=n\\pi+\\delta_n>n\\pi,\\qquad T:=\\frac{\\pi}{2}-\\delta_n>0. \\]',
      'On the other hand \\((S+T)^{2}=S^{2}+2ST+T^{2}\\).',
    );
    expect(verdictOf(proof, '(S+T)^{2}=S^{2}+2ST+T^{2}')).toMatchObject({
      verdict: 'holds',
      basis: 'read with letters the text defined as numbers multiplied',
    });
  });

  it('takes letters stated equal to numbers in a display: S = (d^2+1)(e^2+1)', () => {
    const proof = lines(
      '\\[ S=(d^{2}+1)(e^{2}+1),\\qquad T=\\delta^{2}+\\rho^{2}. \\]',
      '\\[ v_x = \\frac{2\\rho}{T}+\\frac{2}{S} = \\frac{2(\\rho S+T)}{ST} \\]',
    );
    expect(
      verdictOf(proof, '\\frac{2\\rho}{T}+\\frac{2}{S} = \\frac{2(\\rho S+T)}{ST}').verdict,
    ).toBe('holds');
  });

  it('leaves points, and a claim that does not follow, skipped', () => {
    const proof = lines(
      'Let \\(M=\\frac{A+B}{2}\\) and \\(S = 3\\), \\(T = x\\).',
      'Then \\(AM = MB\\), \\(SM = MS\\), \\(ST = 5\\), \\(AB=BA\\).',
    );
    for (const text of ['AM = MB', 'SM = MS', 'ST = 5', 'AB=BA'])
      expect(verdictOf(proof, text).verdict, text).toBe('skipped');
  });
});
