import { describe, expect, it } from 'vitest';
import type { Expr } from './expr';
import { parseTex } from './katex-tree';
import { writtenAlike } from './order-free-key';
import { toExpr } from './to-expr';

const read = (tex: string): Expr => toExpr(parseTex(tex, false));
const alike = (a: string, b: string) => {
  const [l, r] = a.split('=').map(read);
  const [x, y] = b.split('=').map(read);
  return writtenAlike(l, r, x, y);
};

describe('an equation written again', () => {
  it('is the same up to the order of terms and factors, and of its sides', () => {
    expect(alike('b = 2s + 1', 'b = 1 + 2s')).toBe(true);
    expect(alike('xy + 3 = A', 'A = 3 + yx')).toBe(true);
  });

  it('is not the same once a side is rewritten', () => {
    expect(alike('A = 1 + 9^{k}', 'A = 1 + 3^{2k}')).toBe(false);
    expect(alike('b = 2(s + 1)', 'b = 2s + 2')).toBe(false);
    expect(alike('b = s - 1', 'b = 1 - s')).toBe(false);
  });
});
