import { describe, expect, it } from 'vitest';
import { derivativeAt } from './derivatives';
import { runChecker } from './run-checker';
import { verdictOf } from './verdict-of';

describe("Ridders' derivative: a settled value or none", () => {
  it('differentiates smooth functions to the sampler’s precision', () => {
    for (const [f, x, want] of [
      [(t: number) => t ** 3, 2, 12],
      [Math.sin, 1.3, Math.cos(1.3)],
      [(t: number) => 1 / Math.sqrt(1 - t * t), 0.4, 0.4 / (1 - 0.16) ** 1.5],
      [Math.exp, 7, Math.exp(7)],
    ] as const)
      expect(Math.abs(derivativeAt(f, x) - want) / Math.max(1, Math.abs(want))).toBeLessThan(1e-10);
  });

  it('has no value where the function is undefined close by or not smooth', () => {
    expect(derivativeAt(Math.sqrt, 0.01)).toBeNaN();
    expect(derivativeAt(Math.abs, 0)).toBeNaN();
    expect(derivativeAt((t) => (t < 1 ? 0 : 1), 1)).toBeNaN();
  });
});

describe('claims about the derivative of a function the text defined', () => {
  it('confirms a correct derivative and calls a wrong one false, naming the definition', () => {
    const proof = "Let \\(g(x)=x^3\\). Then \\(g'(x)=3x^2\\), \\(g'(2)=12\\) and \\(g'(x)=2x^2\\).";
    expect(verdictOf(proof, "g'(x)=3x^2").verdict).toBe('holds');
    expect(verdictOf(proof, "g'(2)=12").verdict).toBe('holds');
    const wrong = verdictOf(proof, "g'(x)=2x^2");
    expect(wrong.verdict).toBe('false');
    expect(wrong.witness).toContain('(given g(x)=x^3 from earlier)');
  });

  it('reads a definition written with \\displaystyle (DeepSeekMath-V2, PB-Basic-008)', () => {
    const proof = [
      'Define \\(\\displaystyle\\varphi(p)=\\frac{(p^{2}-1)^{2}}{8p}\\). For \\(p>1\\),',
      "\\[ \\varphi'(p)=\\frac{(p^{2}-1)(3p^{2}+1)}{8p^{2}}>0, \\]",
    ].join('\n');
    expect(runChecker(proof).relations.map((r) => r.text)).toContain(
      '\\varphi(p)=\\frac{(p^{2}-1)^{2}}{8p}',
    );
    expect(verdictOf(proof, "\\varphi'(p)=\\frac{(p^{2}-1)(3p^{2}+1)}{8p^{2}}").verdict).toBe(
      'holds',
    );
  });

  it('leaves the derivative of a function the text never defined skipped', () => {
    const proof = "Then \\(f'(x)=2x\\) and \\(h(x)=x^2\\) gives \\(h''(x)=5\\).";
    expect(verdictOf(proof, "f'(x)=2x").verdict).toBe('skipped');
    expect(verdictOf(proof, "h''(x)=5").verdict).toBe('skipped');
  });
});
