import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

describe('a step from what the chain before it says of its first side', () => {
  it('solves the equation a chain ends with: d + 4 = 2n = 6, so d = 2', () => {
    const proof = '\\[ d+4 = 2n = 6 \\;\\Longrightarrow\\; d=2 \\]';
    expect(verdictOf(proof, 'd=2')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from d+4 = 6 (line 1)',
    });
    const rearranged = 'We get \\(2a_{0}=a_{0}+a_{2}\\binom{4}{2}=a_{0}+6\\), so \\(a_{0}=6\\).';
    expect(verdictOf(rearranged, 'a_{0}=6').verdict).toBe('holds');
  });

  it('goes from a chain of inequalities: its first side against its last', () => {
    const proof = 'Thus \\(r_{n+1}-r_n=\\pi+\\delta_{n+1}>\\pi\\), i.e. \\(r_{n+1}-r_n-\\pi>0\\).';
    expect(verdictOf(proof, 'r_{n+1}-r_n-\\pi>0')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from r_{n+1}-r_n > \\pi (line 1)',
    });
  });

  it('never calls a step false from a chain: the chain may link conditions', () => {
    const proof = '\\[ d+4 = 2n = 6 \\;\\Longrightarrow\\; d=3 \\]';
    expect(verdictOf(proof, 'd=3').verdict).toBe('skipped');
  });

  it('takes nothing from a chain that turns the other way, nor a step the text does not claim', () => {
    const turns = 'We have \\(a \\le b \\ge c\\), so \\(a - c \\le 0\\).';
    expect(verdictOf(turns, 'a - c \\le 0').verdict).toBe('skipped');
    const listed = '\\[ d+4 = 2n = 6 \\quad\\text{and}\\quad d=2 \\]';
    expect(verdictOf(listed, 'd=2').verdict).toBe('skipped');
  });

  it('does not count the chain said again', () => {
    const proof = 'We get \\(2L = k + 1 = 2m + 1\\), hence \\(2L = 2m + 1\\).';
    expect(verdictOf(proof, '2L = 2m + 1').verdict).toBe('skipped');
  });
});
