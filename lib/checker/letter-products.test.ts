import { describe, expect, it } from 'vitest';
import { type Expr, num } from './expr';
import { withLetterProducts } from './letter-products';

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
