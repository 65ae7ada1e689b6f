import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Expr, freeSymbols, num, substitute } from './expr';

/** substitute as first written: every node copied. */
function copying(e: Expr, map: ReadonlyMap<string, Expr>): Expr {
  switch (e.k) {
    case 'sym':
      return map.get(e.name) ?? e;
    case 'num':
    case 'const':
      return e;
    case 'add':
    case 'mul':
      return { k: e.k, args: e.args.map((a) => copying(a, map)) };
    case 'fn':
    case 'app':
      return { ...e, args: e.args.map((a) => copying(a, map)) } as Expr;
    case 'neg':
      return { k: 'neg', a: copying(e.a, map) };
    case 'div':
    case 'pow':
      return { k: e.k, a: copying(e.a, map), b: copying(e.b, map) };
    case 'root':
      return { k: 'root', a: copying(e.a, map), n: copying(e.n, map) };
    case 'big': {
      const inner = new Map(map);
      inner.delete(e.v);
      return { ...e, lo: copying(e.lo, map), hi: copying(e.hi, map), body: copying(e.body, inner) };
    }
  }
}

const name = fc.constantFrom('x', 'y', 'i', 'n');
const { expr } = fc.letrec((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    name.map((n): Expr => ({ k: 'sym', name: n })),
    fc.integer({ min: -3, max: 3 }).map((n) => num(BigInt(n))),
    fc
      .tuple(fc.constantFrom('add', 'mul'), fc.array(tie('expr'), { minLength: 1, maxLength: 3 }))
      .map(([k, args]) => ({ k, args }) as Expr),
    fc
      .tuple(fc.constantFrom('app', 'fn'), fc.array(tie('expr'), { minLength: 1, maxLength: 2 }))
      .map(([k, args]) => ({ k, name: k === 'fn' ? 'abs' : 'f', args }) as Expr),
    tie('expr').map((a) => ({ k: 'neg', a }) as Expr),
    fc
      .tuple(fc.constantFrom('div', 'pow'), tie('expr'), tie('expr'))
      .map(([k, a, b]) => ({ k, a, b }) as Expr),
    fc.tuple(tie('expr'), tie('expr')).map(([a, n]) => ({ k: 'root', a, n }) as Expr),
    fc
      .tuple(name, tie('expr'), tie('expr'), tie('expr'))
      .map(([v, lo, hi, body]) => ({ k: 'big', op: 'sum', v, lo, hi, body }) as Expr),
  ),
}));
const map = fc
  .dictionary(name, expr, { maxKeys: 2 })
  .map((d) => new Map(Object.entries(d)) as ReadonlyMap<string, Expr>);

describe('substitute', () => {
  it('gives what copying every node gave, keeping a part with nothing replaced as it is', () => {
    fc.assert(
      fc.property(expr, map, (e, m) => {
        const before = structuredClone(e);
        const got = substitute(e, m);
        // The input is never changed.
        expect(e).toEqual(before);
        expect(got).toEqual(copying(e, m));
        expect(JSON.stringify(got, (_, v) => (typeof v === 'bigint' ? `${v}` : v))).toBe(
          JSON.stringify(copying(e, m), (_, v) => (typeof v === 'bigint' ? `${v}` : v)),
        );
        // With nothing to replace, the very same expression.
        if (![...freeSymbols(e)].some((s) => m.has(s))) expect(got).toBe(e);
      }),
      { numRuns: 3000, seed: 16 },
    );
  });
});
