import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

describe('sums over a sequence, as identities in any sequence', () => {
  it('holds where the sums cancel or split: 3 + 1 + Σ a_i = 4 + Σ a_i', () => {
    const proof =
      'So \\(3+1+\\sum_{i=1}^{n-1}a_i =4+\\sum_{i=1}^{n-1}a_i\\) and \\(\\sum_{i=0}^{n-1}a_i = a_0+\\sum_{i=1}^{n-1}a_i\\).';
    expect(verdictOf(proof, '3+1+\\sum_{i=1}^{n-1}a_i =4+\\sum_{i=1}^{n-1}a_i')).toMatchObject({
      verdict: 'holds',
      basis: 'an identity in any sequence a',
    });
    expect(verdictOf(proof, '\\sum_{i=0}^{n-1}a_i = a_0+\\sum_{i=1}^{n-1}a_i').verdict).toBe(
      'holds',
    );
  });

  it('leaves skipped what needs the sequence, and every inequality', () => {
    const proof =
      'Then \\(\\sum_{i=0}^{n-1}a_i = a_1+\\sum_{i=1}^{n-1}a_i\\), \\(\\sum_{i=1}^{n} a_i^2 = 5\\), \\(\\sum_{c=1}^{22} d_c^{2}\\ge 108\\).';
    for (const text of [
      '\\sum_{i=0}^{n-1}a_i = a_1+\\sum_{i=1}^{n-1}a_i',
      '\\sum_{i=1}^{n} a_i^2 = 5',
      '\\sum_{c=1}^{22} d_c^{2}\\ge 108',
    ])
      expect(verdictOf(proof, text).verdict, text).toBe('skipped');
  });
});
