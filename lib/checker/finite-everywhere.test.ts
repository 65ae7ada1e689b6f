import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFloat } from './evaluate-float';
import { type Expr, num } from './expr';
import { finiteEverywhere } from './finite-everywhere';
import { parseTex } from './katex-tree';
import { DOMAINS, drawFrom } from './sample';
import { toExpr } from './to-expr';

const read = (tex: string) => toExpr(parseTex(tex, false));

/** Expressions of the kinds it bounds, with large numbers and powers among them. */
const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<Expr>(
      { k: 'sym', name: 'x' },
      { k: 'sym', name: 'y' },
      { k: 'const', name: 'pi' },
    ),
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map((n) => num(n, 3n)),
    fc.array(tie('expr'), { maxLength: 4 }).map((args): Expr => ({ k: 'add', args })),
    fc.array(tie('expr'), { maxLength: 4 }).map((args): Expr => ({ k: 'mul', args })),
    tie('expr').map((a): Expr => ({ k: 'neg', a })),
    fc
      .tuple(tie('expr'), fc.integer({ min: 0, max: 80 }))
      .map(([a, b]): Expr => ({ k: 'pow', a, b: num(BigInt(b)) })),
  ),
}));

describe('finiteEverywhere', () => {
  it('holds only where every drawn point has a finite value', () => {
    fc.assert(
      fc.property(expr, fc.integer(), (e, seed) => {
        fc.pre(finiteEverywhere(e));
        let s = seed;
        const random = () => {
          s = (Math.imul(s, 1103515245) + 12345) | 0;
          return (s >>> 0) / 2 ** 32;
        };
        for (const d of [...DOMAINS, 'between -1 and 1'] as const) {
          const draw = () => (d === 'between -1 and 1' ? 2 * random() - 1 : drawFrom(d, random));
          const at = new Map([
            ['x', draw()],
            ['y', draw()],
          ]);
          expect(Number.isFinite(evaluateFloat(e, at, d === 'small positive integers'))).toBe(true);
        }
      }),
    );
  });

  it('knows polynomials, and nothing that may be undefined', () => {
    expect(finiteEverywhere(read('2a_{n-1} - n + 2'))).toBe(true);
    expect(finiteEverywhere(read('(x+y)^{3} - 3xy'))).toBe(true);
    expect(finiteEverywhere(read('\\frac{1}{x}'))).toBe(false);
    expect(finiteEverywhere(read('\\sqrt{x}'))).toBe(false);
    expect(finiteEverywhere(read('x^{0}'))).toBe(false);
    expect(finiteEverywhere(read('x^{n}'))).toBe(false);
    expect(finiteEverywhere(read('f(x)'))).toBe(false);
    expect(finiteEverywhere(read('10^{400}'))).toBe(false);
  });
});
