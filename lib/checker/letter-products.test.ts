import { describe, expect, it } from 'vitest';
import { type Expr, num } from './expr';
import { withLetterProducts } from './letter-products';
import { verdictOf } from './verdict-of';

const P: Expr = { k: 'sym', name: 'P' };
const bracket: Expr = { k: 'add', args: [P, num(-1n)] };
const applied: Expr = { k: 'app', name: 'P', args: [bracket] };

describe('a letter before a bracket, when the relation also uses it alone', () => {
  it('is read as a product, inside a known function and a sum too', () => {
    const lhs: Expr = {
      k: 'add',
      args: [
        { k: 'fn', name: 'abs', args: [applied] },
        { k: 'big', op: 'sum', v: 'i', lo: num(1n), hi: num(3n), body: applied },
      ],
    };
    const product: Expr = { k: 'mul', args: [P, bracket] };
    const [l, r] = withLetterProducts(lhs, P);
    expect(l).toEqual({
      k: 'add',
      args: [
        { k: 'fn', name: 'abs', args: [product] },
        { k: 'big', op: 'sum', v: 'i', lo: num(1n), hi: num(3n), body: product },
      ],
    });
    expect(r).toBe(P);
  });

  it('stays an application when the letter never stands alone', () => {
    const x: Expr = { k: 'sym', name: 'x' };
    const ofSum: Expr = { k: 'app', name: 'P', args: [{ k: 'add', args: [x, num(-1n)] }] };
    const [l] = withLetterProducts(ofSum, x);
    expect(l).toBe(ofSum);
  });
});

describe('a letter before a bracket, when the text used it alone before', () => {
  const d: Expr = { k: 'sym', name: 'd' };
  const e: Expr = { k: 'sym', name: 'e' };
  const sum: Expr = { k: 'add', args: [e, num(1n)] };
  const dOfSum: Expr = { k: 'app', name: 'd', args: [sum] };
  const numberBefore = (name: string) => name === 'd';

  it('is a product, and a power after the bracket stays on the bracket', () => {
    const [l, r] = withLetterProducts(dOfSum, { k: 'pow', a: dOfSum, b: num(2n) }, numberBefore);
    expect(l).toEqual({ k: 'mul', args: [d, sum] });
    expect(r).toEqual({ k: 'mul', args: [d, { k: 'pow', a: sum, b: num(2n) }] });
  });

  it('stays an application where the same relation applies the letter to a symbol', () => {
    const dOfX: Expr = { k: 'app', name: 'd', args: [{ k: 'sym', name: 'x' }] };
    const [l] = withLetterProducts(dOfSum, dOfX, numberBefore);
    expect(l).toBe(dOfSum);
  });

  it('is a product after the text wrote "d > 0", as "\\frac{e\\Delta}{d(e^2+1)}" in PB-Basic-026', () => {
    const proof = [
      'The tangent length is \\(d>0\\).',
      'Then \\(d(e+1)^{2}=d(e^{2}+2e+1)=d(e+1)(e+1)\\).',
    ].join('\n');
    expect(verdictOf(proof, 'd(e+1)^{2}=d(e^{2}+2e+1)').verdict).toBe('holds');
  });

  it('is never a product once the text applied the letter to a symbol', () => {
    const proof = [
      'Here \\(d>0\\), and the distance \\(d(x)\\ge 0\\) for every point x.',
      'Then \\(d(e+1)^{2}=d(e^{2}+2e+1)=d(e+1)(e+1)\\).',
    ].join('\n');
    expect(verdictOf(proof, 'd(e+1)^{2}=d(e^{2}+2e+1)').verdict).toBe('skipped');
  });

  it('is never a product for a letter with an index: a_i(-1)^i is a term of a sequence', () => {
    const proof = [
      'All \\(a_i\\ge 0\\), so \\(a_i=a_i\\).',
      'Then \\(\\sum_{i=0}^{n-1}a_i(-1)^i=1+\\sum_{i=1}^{n-1}a_i(-1)^i\\).',
    ].join('\n');
    expect(
      verdictOf(proof, '\\sum_{i=0}^{n-1}a_i(-1)^i=1+\\sum_{i=1}^{n-1}a_i(-1)^i').verdict,
    ).toBe('skipped');
  });
});
