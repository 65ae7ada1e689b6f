import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFloat } from './evaluate-float';
import type { Expr } from './expr';
import { hashString, mulberry32 } from './prng';
import { forgetUnknownValues, slotOf, unknownFunction } from './unknown-function';

/** An unknown function's value as it was first written: a key string, then a generator. */
function byKey(name: string, args: readonly number[], salt: number): number {
  if (!args.every(Number.isFinite)) return Number.NaN;
  const key = `${name}|${salt}|${args.map((a) => a.toPrecision(9)).join(',')}`;
  const random = mulberry32(hashString(key));
  return (random() < 0.5 ? -1 : 1) * 10 ** (-3 + 7 * random());
}

const arg = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0, -0, 1e-12, 0.1 + 0.2, 0.3, 123456789.5, Number.POSITIVE_INFINITY),
);
/** Few names, salts and values, so calls repeat and share prefixes of their arguments. */
const call = fc.record({
  name: fc.constantFrom('f', 'g', 'v_2'),
  args: fc.array(fc.oneof(arg, fc.constantFrom(1, 2)), { minLength: 0, maxLength: 3 }),
  salt: fc.integer({ min: 0, max: 3 }),
});

describe('an unknown function', () => {
  it('gives, remembered or not, the value its key string gave, whatever came before', () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), fc.nat(40), (calls, forgetAt) => {
        forgetUnknownValues();
        calls.forEach(({ name, args, salt }, i) => {
          if (i === forgetAt) forgetUnknownValues();
          // Asked twice: the second answer is the remembered one.
          for (let k = 0; k < 2; k++)
            expect(Object.is(unknownFunction(name, args, salt), byKey(name, args, salt))).toBe(
              true,
            );
        });
      }),
      { numRuns: 1500, seed: 16 },
    );
  });

  it('tells apart the salt, the arity and each argument', () => {
    forgetUnknownValues();
    const seen = [
      unknownFunction('f', [1], 0),
      unknownFunction('f', [1], 1),
      unknownFunction('f', [1, 2], 0),
      unknownFunction('f', [2, 1], 0),
      unknownFunction('f', [], 0),
      unknownFunction('g', [1], 0),
    ];
    expect(new Set(seen).size).toBe(seen.length);
    expect(unknownFunction('f', [-0], 3)).toBe(unknownFunction('f', [0], 3));
  });

  it('gives calls that share a slot each their own value, whichever came last', () => {
    // Calls of every kind (other name, salt, arity, argument) that land in one slot.
    const bySlot = new Map<number, [string, number[], number]>();
    const pairs: [string, number[], number][][] = [];
    for (let i = 0; pairs.length < 20 && i < 100_000; i++) {
      const c: [string, number[], number] = [
        ['f', 'g'][i % 2],
        i % 3 === 0 ? [i / 7] : [i / 7, (i % 5) - 2],
        i % 4,
      ];
      const slot = slotOf(...c);
      const other = bySlot.get(slot);
      if (other) pairs.push([other, c]);
      else bySlot.set(slot, c);
    }
    expect(pairs.length).toBe(20);
    forgetUnknownValues();
    for (const pair of pairs)
      for (const [name, args, salt] of [...pair, ...pair, pair[1], pair[0]])
        expect(unknownFunction(name, args, salt)).toBe(byKey(name, args, salt));
  });

  it('is what evaluateFloat gives an application at a sample', () => {
    const app: Expr = {
      k: 'app',
      name: 'f',
      args: [
        { k: 'sym', name: 'x' },
        { k: 'num', n: 2n, d: 1n, decimals: 0 },
      ],
    };
    for (const x of [0.5, -3, 7]) {
      const at = new Map([['x', x]]);
      expect(evaluateFloat(app, at, false, 5)).toBe(byKey('f', [x, 2], 5));
    }
  });
});
