import { describe, expect, it } from 'vitest';
import { median, percentile } from './format';

describe("the benches' statistics", () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([0.35, 0.29, 0.31])).toBe(0.31);
    // An even count of runs is judged on neither the better nor the worse middle run.
    expect(median([0.4, 0.28, 0.3, 0.32])).toBeCloseTo(0.31);
    expect(median([])).toBeNaN();
  });

  it('takes a nearest-rank percentile, always one of the values', () => {
    const delays = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(delays, 95)).toBe(19);
    expect(percentile(delays, 50)).toBe(10);
    expect(percentile([], 95)).toBeNaN();
  });
});
