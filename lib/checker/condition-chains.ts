import { type Expr, freeSymbols } from './expr';
import type { RelationShape } from './relations';

const compound = (e: Expr | string): e is Expr =>
  typeof e !== 'string' && e.k !== 'sym' && e.k !== 'num' && e.k !== 'const';

/**
 * Chains that link quantities rather than rewrite one: a link between two compound sides
 * over different symbols ("2^b + 2 = (2^a)^k + 2 = …") shows the chain states conditions.
 */
export function conditionChains(
  shapes: readonly RelationShape[],
  sides: readonly (readonly [Expr | string, Expr | string])[],
): Set<number> {
  const out = new Set<number>();
  shapes.forEach((shape, idx) => {
    const [l, r] = sides[idx];
    if (!shape.chained || !compound(l) || !compound(r)) return;
    const ls = freeSymbols(l);
    const rs = freeSymbols(r);
    if (ls.size > 0 && rs.size > 0 && (ls.size !== rs.size || [...ls].some((s) => !rs.has(s))))
      out.add(shape.chainId);
  });
  return out;
}
