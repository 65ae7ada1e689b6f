import { describe, expect, it } from 'vitest';
import { parseTex } from './katex-tree';
import { showExpr } from './show-expr';
import { toExpr } from './to-expr';

const shown = (tex: string) => showExpr(toExpr(parseTex(tex, false)));

describe('an expression shown in a basis', () => {
  it('reads as the TeX it is typeset from: a longer exponent is braced', () => {
    expect(shown('x^2')).toBe('x^2');
    expect(shown('2^{10}')).toBe('2^{10}');
    expect(shown('3^{20M}')).toBe('3^{20 M}');
    expect(shown('(x+1)^{n-1}')).toBe('(x + 1)^{n - 1}');
  });
});
