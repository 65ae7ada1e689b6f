import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFloat } from './evaluate-float';
import type { Expr } from './expr';
import { hashString, hashWithNumbers, mulberry32, mulberryDraw } from './prng';

/** An unknown function's value as it was first written: a key string, then a generator. */
function unknownFunctionByKey(name: string, args: number[], salt: number): number {
  if (!args.every(Number.isFinite)) return Number.NaN;
  const key = `${name}|${salt}|${args.map((a) => a.toPrecision(9)).join(',')}`;
  const random = mulberry32(hashString(key));
  return (random() < 0.5 ? -1 : 1) * 10 ** (-3 + 7 * random());
}

const app = (name: string, n: number): Expr => ({
  k: 'app',
  name,
  args: Array.from({ length: n }, (_, i) => ({ k: 'sym', name: `x${i}` })),
});

describe('the seed helpers', () => {
  it('hash a head and numbers as hashString hashes the key they make', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.double(), { maxLength: 3 }), (head, numbers) => {
        const key = head + numbers.map((x) => x.toPrecision(9)).join(',');
        expect(hashWithNumbers(head, numbers)).toBe(hashString(key));
      }),
      { numRuns: 2000, seed: 16 },
    );
  });

  it('draw what mulberry32 draws, by position', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const random = mulberry32(seed);
        for (let k = 1; k <= 4; k++) expect(mulberryDraw(seed, k)).toBe(random());
      }),
      { numRuns: 2000, seed: 16 },
    );
  });
});

describe('an unknown function', () => {
  it('has the value its key string and generator gave, for any arguments and salt', () => {
    const arg = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -10, max: 10 }),
      fc.constantFrom(0, -0, 1e-12, 123456789.5, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('f', 'g', 'v_2', '\\phi'),
        fc.array(arg, { minLength: 1, maxLength: 3 }),
        fc.nat(200),
        (name, args, salt) => {
          const at = new Map(args.map((v, i) => [`x${i}`, v]));
          const got = evaluateFloat(app(name, args.length), at, false, salt);
          expect(Object.is(got, unknownFunctionByKey(name, args, salt))).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 16 },
    );
  });
});
