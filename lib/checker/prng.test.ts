import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString, hashWithNumbers, mulberry32, mulberryDraw } from './prng';

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
