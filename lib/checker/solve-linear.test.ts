import { describe, expect, it } from 'vitest';
import { evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols, num } from './expr';
import { solvedSymbols } from './solve-linear';
import { verdictOf } from './verdict-of';

const sym = (name: string): Expr => ({ k: 'sym', name });
const add = (...args: Expr[]): Expr => ({ k: 'add', args });
const mul = (...args: Expr[]): Expr => ({ k: 'mul', args });
const neg = (a: Expr): Expr => ({ k: 'neg', a });
const abs = (a: Expr): Expr => ({ k: 'fn', name: 'abs', args: [a] });
const symbols = (l: Expr, r: Expr) => [...new Set([...freeSymbols(l), ...freeSymbols(r)])].sort();

describe('solving an equation for a symbol it enters linearly', () => {
  it('gives each symbol that enters as a number times itself its value', () => {
    // 2E + O = -4
    const [l, r] = [add(mul(num(2n), sym('E')), sym('O')), num(-4n)];
    const solved = solvedSymbols(l, r, symbols(l, r));
    expect([...solved.keys()].sort()).toEqual(['E', 'O']);
    const at = new Map([['O', 6]]);
    expect(evaluateFloat(solved.get('E') as Expr, at, false)).toBeCloseTo(-5);
  });

  it('does not solve for a symbol inside a power, a product with another symbol or |…|', () => {
    // x^2 + y = 1: y only; t·d = p - 1: p only; |a - b| = c: c only
    const square: Expr = { k: 'pow', a: sym('x'), b: num(2n) };
    expect([...solvedSymbols(add(square, sym('y')), num(1n), ['x', 'y']).keys()]).toEqual(['y']);
    const product = mul(sym('t'), sym('d'));
    const pMinus1 = add(sym('p'), neg(num(1n)));
    expect([...solvedSymbols(product, pMinus1, ['d', 'p', 't']).keys()]).toEqual(['p']);
    const bend = abs(add(sym('a'), neg(sym('b'))));
    expect([...solvedSymbols(bend, sym('c'), ['a', 'b', 'c']).keys()]).toEqual(['c']);
  });

  it('lets a later claim use the value: "v - 1 = w^2" then "(v - 1)^2 + v = w^4 + w^2 + 1"', () => {
    const proof =
      'We get \\(v - 1 = w^2\\). Note \\(w > 0\\).\nAlso \\((v - 1)^2 + v = w^4 + w^2 + 1\\).';
    expect(verdictOf(proof, '(v - 1)^2 + v = w^4 + w^2 + 1')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from v - 1 = w^2 (line 1)',
    });
  });

  it('does not read "|a - b| = c" as giving a: a may be b + c or b - c', () => {
    const proof = 'We get \\(|a - b| = c\\).\nSo \\(a^2 = (b - c)^2\\).';
    expect(verdictOf(proof, 'a^2 = (b - c)^2').verdict).toBe('skipped');
  });
});
