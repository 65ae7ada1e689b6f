import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

/** "A \\Longrightarrow B" over the same symbols, B no rearrangement of A: judged where A holds. */
describe('a consequence checked where its premise holds', () => {
  const premise = 'a^{2}-ab=b^{3}+1';

  it('holds: a factorisation of the premise', () => {
    const proof = `\\[ ${premise}\\quad\\Longrightarrow\\quad a(a-b)=(b+1)(b^{2}-b+1). \\]`;
    expect(verdictOf(proof, 'a(a-b)=(b+1)(b^{2}-b+1)').verdict).toBe('holds');
  });

  it('false with a point of the premise as witness: a wrong factor', () => {
    const proof = `\\[ ${premise}\\quad\\Longrightarrow\\quad a(a-b)=(b+2)(b^{2}-b+1). \\]`;
    const rel = verdictOf(proof, 'a(a-b)=(b+2)(b^{2}-b+1)');
    expect(rel.verdict).toBe('false');
    expect(rel.witness).toMatch(
      /^at a = -?[\d.]+, b = -?[\d.]+, where the equation on line 1 holds: left -?[\d.]+, right -?[\d.]+$/,
    );
  });

  it('skipped when it brings in another fact: a value, a number, fewer symbols, or "since …"', () => {
    const value = verdictOf('\\[ x+y=5 \\Longrightarrow x = 2y - 1 \\]', 'x = 2y - 1');
    expect(value.verdict).toBe('skipped');
    const number = verdictOf('\\[ x+y=5 \\Longrightarrow x^2 + y^2 = 13 \\]', 'x^2 + y^2 = 13');
    expect(number.verdict).toBe('skipped');
    const cited = verdictOf(
      'So \\(x+y=z\\), hence \\(x^2 + y^2 = z^2 - 3xy\\) (since \\(xy = 1\\)).',
      'x^2 + y^2 = z^2 - 3xy',
    );
    expect(cited).toMatchObject({ verdict: 'skipped' });
    // The same step with no fact named after it is judged against its premise alone.
    const alone = verdictOf(
      'So \\(x+y=z\\), hence \\(x^2 + y^2 = z^2 - 3xy\\).',
      'x^2 + y^2 = z^2 - 3xy',
    );
    expect(alone.verdict).toBe('false');
  });
});

describe('a coefficient multiplied out', () => {
  it('holds: 20M = 5·(4M)', () => {
    const proof = '\\[ 20M = 5\\cdot(4M),\\qquad 28M = 7\\cdot(4M). \\]';
    expect(verdictOf(proof, '20M = 5\\cdot(4M)').verdict).toBe('holds');
  });

  it('false with a witness: 20M = 6·(4M)', () => {
    const rel = verdictOf('\\[ 20M = 6\\cdot(4M) \\]', '20M = 6\\cdot(4M)');
    expect(rel.verdict).toBe('false');
    expect(rel.witness).toMatch(/^at M = [\d.]+: left [\d.]+, right [\d.]+$/);
  });

  it('skipped: 20M = 24M multiplies nothing out (an equation: M = 0)', () => {
    const rel = verdictOf('so \\(20M = 24M\\), hence', '20M = 24M');
    expect(rel).toMatchObject({
      verdict: 'skipped',
      reason: 'depends on context (an equation, not a rewriting)',
    });
  });
});
