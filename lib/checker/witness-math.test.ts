import { describe, expect, it } from 'vitest';
import { witnessWithMath } from './witness-math';

describe('witnessWithMath', () => {
  it('marks each value the relation failed at as math, and leaves the sides as words', () => {
    expect(witnessWithMath('at a = 1, b = 2.5: left 9, right 5')).toBe(
      'at \\({a = 1}\\), \\({b = 2.5}\\): left 9, right 5',
    );
  });

  it('keeps what follows the values: the domain, a line named, a given', () => {
    expect(
      witnessWithMath('at x = 0.206651 (for every \\(x \\in (0,1)\\)): left 0.26, right 0.31'),
    ).toBe('at \\({x = 0.206651}\\) (for every \\(x \\in (0,1)\\)): left 0.26, right 0.31');
    expect(witnessWithMath('at z = 3, where the equation on line 4 holds: left 1, right 2')).toBe(
      'at \\({z = 3}\\), where the equation on line 4 holds: left 1, right 2',
    );
  });

  it('reads subscripted and Greek symbols, negative values and exponents', () => {
    expect(witnessWithMath('at a_{1} = -3, \\alpha = 1.5e-7: left 1, right 2')).toBe(
      'at \\({a_{1} = -3}\\), \\({\\alpha = 1.5e-7}\\): left 1, right 2',
    );
  });

  it('leaves a witness without values alone', () => {
    expect(witnessWithMath('left 4, right 5')).toBe('left 4, right 5');
    expect(witnessWithMath('at the equation on line 3')).toBe('at the equation on line 3');
  });
});
