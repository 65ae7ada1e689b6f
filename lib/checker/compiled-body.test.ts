import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBody } from './compiled-body';
import { evaluateFloat } from './evaluate-float';
import { type Expr, type FunctionName, num } from './expr';
import { parseTex } from './katex-tree';
import { toExpr } from './to-expr';

const read = (tex: string) => toExpr(parseTex(tex, false));

/** The interpreter's value of `body` with `w` at x and the rest at `at`. */
const interpreted = (body: Expr, at: Map<string, number>, x: number, integers = false, salt = 0) =>
  evaluateFloat(body, new Map([...at, ['w', x]]), integers, salt);

const symbol = (name: string): Expr => ({ k: 'sym', name });

/** Bodies in the integration variable w and the sample's t and a, with every node kind. */
const { body } = fc.letrec<{ body: Expr }>((tie) => ({
  body: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<Expr>(symbol('w'), symbol('t'), symbol('a'), { k: 'const', name: 'pi' }),
    fc.integer({ min: -9, max: 9 }).map((n) => num(BigInt(n), 2n)),
    fc.array(tie('body'), { maxLength: 4 }).map((args): Expr => ({ k: 'add', args })),
    fc.array(tie('body'), { maxLength: 4 }).map((args): Expr => ({ k: 'mul', args })),
    tie('body').map((a): Expr => ({ k: 'neg', a })),
    fc.tuple(tie('body'), tie('body')).map(([a, b]): Expr => ({ k: 'div', a, b })),
    fc.tuple(tie('body'), tie('body')).map(([a, b]): Expr => ({ k: 'pow', a, b })),
    fc
      .tuple(tie('body'), fc.constantFrom(2n, 3n))
      .map(([a, n]): Expr => ({ k: 'root', a, n: num(n) })),
    fc
      .tuple(fc.constantFrom<FunctionName>('sin', 'exp', 'abs', 'max', 'ln'), tie('body'))
      .map(([name, a]): Expr => ({ k: 'fn', name, args: name === 'max' ? [a, symbol('w')] : [a] })),
    tie('body').map(
      (b): Expr => ({ k: 'big', op: 'sum', v: 'i', lo: num(1n), hi: num(3n), body: b }),
    ),
  ),
}));

describe('compiled integrand: the interpreter’s values, to the last bit', () => {
  it('agrees with evaluateFloat on every body, at every point, NaN included', () => {
    fc.assert(
      fc.property(
        body,
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        (e, x, t, a) => {
          const at = new Map([
            ['t', t],
            ['a', a],
          ]);
          const f = compileBody(e, 'w', at, false, 3, evaluateFloat);
          expect(Object.is(f(x), interpreted(e, at, x, false, 3))).toBe(true);
          // Called again at another point: nothing of the first call is kept.
          expect(Object.is(f(x / 2), interpreted(e, at, x / 2, false, 3))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('computes the parts without the variable once, as the interpreter would', () => {
    const e = read('t^{-a}(1+\\sqrt t\\,w)^{a}e^{-w^{2}}\\frac{1}{\\sqrt t}');
    const at = new Map([
      ['t', 0.7],
      ['a', 2.3],
    ]);
    const f = compileBody(e, 'w', at, false, 0, evaluateFloat);
    for (const x of [-1.1, 0, 0.5, 3]) expect(f(x)).toBe(interpreted(e, at, x));
    expect(f(0)).toBeCloseTo(0.7 ** -2.3 / Math.sqrt(0.7), 12);
  });

  it('reads the variable where an inner sum uses it, and leaves its own index alone', () => {
    const e = read('\\sum_{w=1}^{3} w + \\sum_{k=1}^{4} k w');
    const f = compileBody(e, 'w', new Map(), false, 0, evaluateFloat);
    expect(f(2)).toBe(6 + 20);
    expect(f(0.5)).toBe(interpreted(e, new Map(), 0.5));
  });

  it('is undefined where the interpreter’s value is: a zero divisor, 0 to a negative power', () => {
    const f = compileBody(read('\\frac{1}{w} + w^{-1}'), 'w', new Map(), false, 0, evaluateFloat);
    expect(f(0)).toBeNaN();
    expect(f(2)).toBe(1);
  });
});
