import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { num } from './expr';
import { jsonEqual } from './json-equal';

const big = (_: string, v: unknown) => (typeof v === 'bigint' ? String(v) : v);
const asJson = (v: unknown) => JSON.stringify(v, big);

/** Values with what JSON treats specially: bigints, -0, NaN, undefined, key order. */
const leaf = fc.oneof(
  fc.constantFrom(0, -0, 1, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, true, '', '1'),
  fc.bigInt({ min: -3n, max: 3n }),
  fc.integer({ min: -2, max: 2 }),
  fc.constantFrom('x', 'y', 'sym', 'num'),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('k', 'n', 'd', 'a', 'name', '0', '1'), tie('value'), {
      maxKeys: 3,
    }),
  ),
}));

describe('jsonEqual', () => {
  it('agrees with comparing JSON.stringify (bigints as digits) on arbitrary values', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(jsonEqual(a, b)).toBe(asJson(a) === asJson(b));
        expect(jsonEqual(a, a)).toBe(true);
        expect(jsonEqual(a, structuredClone(a))).toBe(true);
        // Written alike though not alike: bigints as strings, NaN as null, undefined gone.
        const json = asJson(a);
        if (json !== undefined) expect(jsonEqual(a, JSON.parse(json))).toBe(true);
      }),
      { numRuns: 5000, seed: 16 },
    );
  });

  it('treats what JSON writes alike as equal, and key order as a difference', () => {
    expect(jsonEqual(num(2n), num(2n))).toBe(true);
    expect(jsonEqual({ k: 'num', n: 2n }, { k: 'num', n: '2' })).toBe(true);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual([undefined], [null])).toBe(true);
    expect(jsonEqual(Number.NaN, null)).toBe(true);
    expect(jsonEqual(0, -0)).toBe(true);
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(jsonEqual({ k: 'sym', name: 'x' }, { k: 'sym', name: 'y' })).toBe(false);
    expect(jsonEqual('5', 5)).toBe(false);
  });
});
