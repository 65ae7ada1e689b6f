import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

const lines = (...ls: string[]) => ls.join('\n');

describe('claims about an unknown function at the values earlier equations give it', () => {
  it('puts a value in inside another application: f(f(a)) = f(0) from f(a) = 0', () => {
    const proof = lines(
      'Take any \\(a\\ne 0\\).',
      'We have \\(f(a)=0\\), hence \\(f(f(a))=f(0)\\).',
    );
    expect(verdictOf(proof, 'f(f(a))=f(0)')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from f(a)=0 (line 2)',
    });
  });

  it('reads a named value both ways: a f(a + f(0)) = a f(a + d) after d = f(0)', () => {
    const proof = lines(
      'Hence \\(f(f(0))=0\\). Denote \\(d=f(0)\\).',
      'Then \\(f(d)=0\\) and \\(a\\,f(a+f(0))=a\\,f(a+d)\\).',
    );
    expect(verdictOf(proof, 'f(d)=0')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from f(f(0))=0 (line 1), d=f(0) (line 1)',
    });
    expect(verdictOf(proof, 'a\\,f(a+f(0))=a\\,f(a+d)').verdict).toBe('holds');
  });

  it('adds values at points: f(R,W) + f(W,R) = 1 + 0', () => {
    const proof = lines(
      'By the table, \\(f(R,W)=1\\) and \\(f(W,R)=0\\).',
      'For \\(X=R\\): \\(f(R,W)+f(W,R)=1+0=1\\).',
    );
    expect(verdictOf(proof, 'f(R,W)+f(W,R)=1+0')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from f(R,W)=1 (line 1), f(W,R)=0 (line 1)',
    });
  });

  it('is an earlier equation with the values of the others put in: 1 = 1 + v_2(k)', () => {
    const proof = lines(
      'By Lemma 1, \\(v_{2}(a)=1\\), and \\(v_{2}(b)=1\\).',
      '\\[ v_{2}(b)=v_{2}(a)+v_{2}(k)\\;\\Longrightarrow\\;1=1+v_{2}(k) \\]',
    );
    expect(verdictOf(proof, '1=1+v_{2}(k)')).toMatchObject({
      verdict: 'holds',
      basis:
        'follows from v_{2}(a)=1 (line 1), v_{2}(b)=1 (line 1), v_{2}(b)=v_{2}(a)+v_{2}(k) (line 2)',
    });
  });

  it('never calls a claim false, and leaves one the values do not give skipped', () => {
    const proof = lines('We have \\(f(a)=0\\).', 'So \\(f(f(a))=f(1)\\).');
    expect(verdictOf(proof, 'f(f(a))=f(1)').verdict).toBe('skipped');
  });

  it('takes no value from a hypothesis, an alternative or another case', () => {
    const supposed = lines('Suppose \\(f(a)=0\\).', 'Then \\(f(f(a))=f(0)\\).');
    expect(verdictOf(supposed, 'f(f(a))=f(0)').verdict).toBe('skipped');
    const either = lines('So \\(f(1)=0\\) or \\(f(1)=2\\).', 'Hence \\(f(1)+1=1\\).');
    expect(verdictOf(either, 'f(1)+1=1').verdict).toBe('skipped');
    const cases = lines(
      '*Case 1:* \\(f(0)=1\\). This case is done.',
      '',
      '*Case 2:* \\(f(1)=0\\). Then \\(f(0)+f(1)=1\\).',
    );
    expect(verdictOf(cases, 'f(0)+f(1)=1').verdict).toBe('skipped');
    // The same lines with no case opened: both values are facts.
    const noCases = cases.replace('*Case 1:* ', 'First ').replace('*Case 2:* ', 'Also ');
    expect(verdictOf(noCases, 'f(0)+f(1)=1').verdict).toBe('holds');
  });

  it('takes nothing from values that cannot hold together (cases listed as facts)', () => {
    const proof = lines(
      'Set \\(f(n) = 4\\) at one point and \\(f(n) = 1\\) at another.',
      'Adding these, \\(3f(n) = 6\\).',
    );
    expect(verdictOf(proof, '3f(n) = 6').verdict).toBe('skipped');
  });

  it('does not count a value said again, nor one its own value gives (g(0) + 20·0 = g(0))', () => {
    const again = lines('We found \\(f(1)=3\\).', 'Using \\(f(1)=3\\) we obtain the rest.');
    expect(verdictOf(again, 'f(1)=3').verdict).toBe('skipped');
    const self = lines(
      'Put \\(x=0\\): \\[ g(g(0))=g(0)+20\\cdot0=g(0). \\] Since g is injective, \\(g(0)=0\\).',
      'For any \\(x\\) take \\(y=g^{-1}(x)\\) in \\(g(g(y))=g(y)+20y\\):',
      '\\[ g(g(g^{-1}(x)))=g(g^{-1}(x))+20g^{-1}(x) \\]',
    );
    expect(verdictOf(self, 'g(g(g^{-1}(x)))=g(g^{-1}(x))+20g^{-1}(x)')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from y=g^{-1}(x) (line 2), g(g(y))=g(y)+20y (line 2)',
    });
  });
});
