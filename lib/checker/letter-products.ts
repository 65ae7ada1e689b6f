import { type Expr, mapChildren, someNode, usesUnknownFunction, withArgs } from './expr';
import { packedMap } from './packed-map';

/** A sum or product: what a letter times a bracket multiplies, unlike `f(x)` or `f(2)`. */
const compound = (e: Expr) => e.k === 'add' || e.k === 'mul' || e.k === 'neg' || e.k === 'div';

/**
 * Letters that often name functions (`d`, `P`, `h`, `S`) are read as applied before a
 * bracket. When the same relation also uses the letter on its own ("\frac{P^2}{16} - P =
 * P\Bigl(\frac{P}{16} - 1\Bigr)", "d(b-c) + ac(b-c) = d\bigl[…\bigr]"), it is a number there,
 * and the bracket after it is a factor. Only a bracket around a sum or product is read so:
 * in "20T = 10T(z)" the `(z)` may still be an argument.
 */
export function withLetterProducts(lhs: Expr, rhs: Expr): [Expr, Expr] {
  if (!usesUnknownFunction(lhs, rhs)) return [lhs, rhs];
  const bare = new Set<string>();
  for (const side of [lhs, rhs])
    someNode(side, (n) => {
      if (n.k === 'sym') bare.add(n.name);
      return false;
    });
  const misread = (n: Expr) =>
    n.k === 'app' && bare.has(n.name) && n.args.length === 1 && compound(n.args[0]);
  if (bare.size === 0 || ![lhs, rhs].some((side) => someNode(side, misread))) return [lhs, rhs];
  return [asProducts(lhs, bare), asProducts(rhs, bare)];
}

function asProducts(e: Expr, bare: ReadonlySet<string>): Expr {
  const to = (x: Expr) => asProducts(x, bare);
  if (e.k !== 'app') return mapChildren(e, to);
  const args = packedMap(e.args, to);
  if (bare.has(e.name) && args.length === 1 && compound(e.args[0]))
    return { k: 'mul', args: [{ k: 'sym', name: e.name }, args[0]] };
  return withArgs(e, args);
}
