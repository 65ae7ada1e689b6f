import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

describe('2-adic (p-adic) valuations computed where they can be', () => {
  it('computes the valuation of a number: v_2(24) = 3', () => {
    expect(verdictOf('So \\(v_2(24)=3\\).', 'v_2(24)=3')).toMatchObject({
      verdict: 'holds',
      basis: 'holds with v_{2}(24) = 3',
    });
    expect(verdictOf('Hence \\(v_{2}(6)=1\\).', 'v_{2}(6)=1').verdict).toBe('holds');
    expect(verdictOf('and \\(v_3(18) \\ge 2\\).', 'v_3(18) \\ge 2').verdict).toBe('holds');
  });

  it('splits products and powers: v_2(2k) = 1 + v_2(k), v_2(2^d) = d', () => {
    expect(verdictOf('Then \\(v_{2}(2k)=1+v_{2}(k)\\).', 'v_{2}(2k)=1+v_{2}(k)').verdict).toBe(
      'holds',
    );
    expect(verdictOf('Then \\(v_2(2^d)=d\\).', 'v_2(2^d)=d').verdict).toBe('holds');
    expect(verdictOf('Then \\(v_2(x^3)=3v_2(x)\\).', 'v_2(x^3)=3v_2(x)').verdict).toBe('holds');
  });

  it('puts values into a chain: v_2(3-1) + v_2(3+1) + v - 1 = 1 + 2 + v - 1', () => {
    const proof = '\\[ v_2(3-1) + v_2(3+1) + v -1 =1+2+v-1 \\]';
    expect(verdictOf(proof, 'v_2(3-1) + v_2(3+1) + v -1 =1+2+v-1').verdict).toBe('holds');
  });

  it('leaves skipped what does not follow, and never calls it false', () => {
    const proof =
      'We have \\(v_2(24)=4\\), \\(v_2(3^n-1)=v_2(3-1)\\), \\(v_2(2^d)\\ge 2\\), \\(v_2(0)=5\\), \\(v_6(36)=2\\), \\(v_2(b)=v_2(a)+v_2(k)\\).';
    for (const text of [
      'v_2(24)=4',
      'v_2(3^n-1)=v_2(3-1)',
      'v_2(2^d)\\ge 2',
      'v_2(0)=5',
      'v_6(36)=2',
      'v_2(b)=v_2(a)+v_2(k)',
    ])
      expect(verdictOf(proof, text).verdict, text).toBe('skipped');
  });
});
