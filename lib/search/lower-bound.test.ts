import { describe, expect, it } from 'vitest';
import { searchLowerBound } from './lower-bound';

describe('search lower bound', () => {
  it('is the work spread over the slots, or the longest dependent chain when longer', () => {
    const pool = [
      { id: 'a', parents: [], writeMs: 10, verifyMs: [10, 30] },
      { id: 'b', parents: [], writeMs: 10, verifyMs: [10, 10] },
      { id: 'c', parents: ['a'], writeMs: 50, verifyMs: [20] },
    ];
    const wide = searchLowerBound(pool, 2);
    expect(wide.workMs).toBe(150);
    expect(wide.criticalPathMs).toBe(10 + 30 + 50 + 20);
    expect(wide.boundMs).toBe(110);
    expect(searchLowerBound(pool, 1).boundMs).toBe(150);
  });
});
