import { describe, expect, it } from 'vitest';
import { costOf, priceTableSchema } from './price-table';

describe('costOf', () => {
  it('bills uncached input, cached input and output (reasoning included) at their prices', () => {
    const price = { input: 2, cachedInput: 0.5, output: 8 };
    // 1M prompt of which 400k cached, 250k output.
    expect(costOf({ prompt: 1_000_000, cached: 400_000, completion: 250_000 }, price)).toBeCloseTo(
      0.6 * 2 + 0.4 * 0.5 + 0.25 * 8,
    );
  });
  it('charges cached input at the input price when no cached price is set', () => {
    expect(costOf({ prompt: 1e6, cached: 1e6, completion: 0 }, { input: 3, output: 9 })).toBe(3);
  });
});

describe('priceTableSchema', () => {
  it('rejects a price table with a typo, so a wrong key does not silently cost 0', () => {
    expect(priceTableSchema.safeParse({ m: { input: 1, ouput: 2 } }).success).toBe(false);
  });
});
