import { describe, expect, it } from 'vitest';
import { parseTex } from './katex-tree';
import { formulaSides } from './read-sides';
import { formulaRelations, type RelationShape } from './relations';

/** Each shape with its own copies of its node lists: nothing read once can serve twice. */
const unshared = (shapes: readonly RelationShape[]) =>
  shapes.map((s) => ({ ...s, lhs: [...s.lhs], rhs: [...s.rhs] }));

const FORMULAS = [
  'a = b + 1 = c^2',
  '(x+y)^2 = x^2 + 2xy + y^2 = z \\; (>0) = w',
  '\\begin{aligned} L &= |w|^2 \\\\ &= \\delta^2 + h^2 \\\\ &= k + 1 - 2d \\end{aligned}',
  'f(x) = \\{1, 2\\} = g(x) < 3',
  'r = xyz\\;(>0) = s',
  '2^b + 2 = (2^a)^k + 2 = 7',
];

describe('formulaSides', () => {
  it('reads a chain’s shared operand once, as reading each side apart would', () => {
    for (const tex of FORMULAS) {
      const shapes = formulaRelations(parseTex(tex, true));
      const shared = formulaSides(shapes, tex, new Map());
      const apart = formulaSides(unshared(shapes), tex, new Map());
      expect(shared).toEqual(apart);
    }
  });

  it('gives both links of a chain the same middle expression', () => {
    const shapes = formulaRelations(parseTex('a = b + 1 = c^2', false));
    const { sides } = formulaSides(shapes, 'a = b + 1 = c^2', new Map());
    expect(sides[0][1]).toBe(sides[1][0]);
  });
});
