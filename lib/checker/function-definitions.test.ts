import { describe, expect, it } from 'vitest';
import { runChecker } from './run-checker';
import { verdictOf } from './verdict-of';

describe('functions the text defined by a formula', () => {
  it('puts a defined function in: a verification that is right holds', () => {
    const proof =
      'For \\(P(x)=x^{2}\\): \\(\\frac{P(x+1/x)+P(x-1/x)}{2}= \\frac{(x+1/x)^{2}+(x-1/x)^{2}}{2}=x^{2}+x^{-2}\\).';
    expect(
      verdictOf(proof, '\\frac{P(x+1/x)+P(x-1/x)}{2}= \\frac{(x+1/x)^{2}+(x-1/x)^{2}}{2}').verdict,
    ).toBe('holds');
  });

  it('flags a wrong one, naming the definition in the witness', () => {
    const proof =
      'Let \\(f(x) = 2x + c\\).\nThen \\(f(2x) + 2f(y) = 4x + 4y + 2c = 4(x + y) + 2c\\).';
    const rel = verdictOf(proof, 'f(2x) + 2f(y) = 4x + 4y + 2c');
    expect(rel.verdict).toBe('false');
    expect(rel.line).toBe(2);
    expect(rel.witness).toMatch(
      /^at .*: left .*, right .* \(given f\(x\) = 2x \+ c from earlier\)$/,
    );
    // The same link with the right constant holds.
    const right = proof.replace('4y + 2c = 4(x + y) + 2c', '4y + 3c = 4(x + y) + 3c');
    expect(verdictOf(right, 'f(2x) + 2f(y) = 4x + 4y + 3c').verdict).toBe('holds');
  });

  it('reads a formula that labels a list item as the function the item verifies', () => {
    const item = (c: string) =>
      `Verification.\n\n* **\\(f(x)=2x+c\\):**\n  \\[ f(2x)+2f(y)=(2\\cdot2x+c)+2(2y+${c})=4x+4y+3c \\]`;
    const text = (c: string) => `f(2x)+2f(y)=(2\\cdot2x+c)+2(2y+${c})`;
    expect(verdictOf(item('c'), text('c')).verdict).toBe('holds');
    expect(verdictOf(item('2c'), text('2c')).verdict).toBe('false');
    // Not a label: the formula goes on in the item's sentence.
    const inline = '* \\(f(x)=2x+c\\) and \\(f(2x)+2f(y)=(2\\cdot2x+c)+2(2y+2c)=4x+4y+3c\\)';
    expect(verdictOf(inline, text('2c')).verdict).toBe('skipped');
  });

  it('evaluates a defined function at a number', () => {
    const proof = 'Consider \\(g(t) = t^{2} + 1\\). Then \\(g(3) = 10\\) and \\(g(2) = 6\\).';
    expect(verdictOf(proof, 'g(3) = 10').verdict).toBe('holds');
    expect(verdictOf(proof, 'g(2) = 6')).toMatchObject({
      verdict: 'false',
      witness: 'left 5, right 6 (given g(t) = t^{2} + 1 from earlier)',
    });
  });

  it('does not read a goal, a value at one point or a functional equation as a definition', () => {
    const after = 'Then \\(f(f(x)) = 2 - x\\).';
    for (const before of [
      'We shall prove that \\(f(x) = 1 - x\\).',
      'So \\(f(a) = 1 - a\\).',
      'Let \\(f(x) = f(x - 1) + 1\\).',
    ]) {
      const rel = verdictOf(`${before} ${after}`, 'f(f(x)) = 2 - x');
      expect(rel).toMatchObject({
        verdict: 'skipped',
        reason: 'depends on what the text knows about f',
      });
    }
  });

  it('leaves the definition itself skipped, and keeps the skip reason about f when the expansion settles nothing', () => {
    const proof = 'Let \\(f(x) = x + 1\\). Then \\(f(y) \\ne 0\\) and \\(f(x) = x + 1\\).';
    const relations = runChecker(proof).relations;
    expect(relations.map((r) => r.verdict)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(relations[1].reason).toBe('depends on what the text knows about f');
  });
});
