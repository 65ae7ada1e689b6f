import { describe, expect, it } from 'vitest';
import { runChecker } from './run-checker';
import { verdictOf } from './verdict-of';

describe('values the text stated earlier', () => {
  it('confirms a computation with them, naming each value and its line', () => {
    const proof =
      'We found \\(b_0 = 1\\) and \\(b_1 = 5\\).\nSo \\(b_2 = 35\\).\nThen \\(b_2-10b_1+25b_0=35-50+25\\).';
    expect(verdictOf(proof, 'b_2-10b_1+25b_0=35-50+25')).toMatchObject({
      verdict: 'holds',
      basis: 'holds with b_{0} = 1 (line 1), b_{1} = 5 (line 1), b_{2} = 35 (line 2)',
    });
  });

  it('follows a value computed from others ("c = a + 1" once a is known)', () => {
    const proof = 'Here \\(a = 2\\), so \\(c = a + 1\\).\nThus \\(c^2 = 9\\).';
    expect(verdictOf(proof, 'c^2 = 9')).toMatchObject({ verdict: 'holds' });
  });

  it('never calls a claim false with them: the value may have been another case’s', () => {
    const proof = 'If \\(n = 3\\), done.\nOtherwise \\(n^2 = 16\\).';
    expect(verdictOf(proof, 'n^2 = 16').verdict).toBe('skipped');
    expect(runChecker(proof).findings).toEqual([]);
  });

  it('forgets a value when the text says something else about the symbol', () => {
    const proof = 'Take \\(x = 2\\). Now let \\(x = y + 1\\) instead.\nThen \\(x^2 = 4\\).';
    expect(verdictOf(proof, 'x^2 = 4').verdict).toBe('skipped');
  });

  it('keeps a value to its paragraph: "for n = 3" is an example, not the proof’s n', () => {
    const proof =
      'For example \\(n = 3\\) gives \\(n^2 = 9\\).\n\nIn general \\(n^2 \\ge 2n + 3\\).';
    expect(verdictOf(proof, 'n^2 = 9')).toMatchObject({
      verdict: 'holds',
      basis: 'holds with n = 3 (line 1)',
    });
    expect(verdictOf(proof, 'n^2 \\ge 2n + 3').verdict).toBe('skipped');
  });

  it('shows an irrational value as a number', () => {
    const proof = 'So \\(x = \\frac{\\sqrt{2}}{2}\\) and \\(2x^2 = 1\\).';
    expect(verdictOf(proof, '2x^2 = 1')).toMatchObject({
      verdict: 'holds',
      basis: 'holds with x = 0.707107 (line 1)',
    });
  });

  it('does not count a value stated again as checked', () => {
    const proof = 'So \\(m = 4\\).\nRecall \\(m = 4\\).';
    const again = runChecker(proof).relations.filter((r) => r.text === 'm = 4');
    expect(again.map((r) => r.verdict)).toEqual(['skipped', 'skipped']);
  });
});
