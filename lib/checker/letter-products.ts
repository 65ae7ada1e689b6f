import {
  type Application,
  type Expr,
  mapChildren,
  someNode,
  usesUnknownFunction,
  withArgs,
} from './expr';
import { packedMap } from './packed-map';

/** A sum or product: what a letter times a bracket multiplies, unlike `f(x)` or `f(2)`. */
const compound = (e: Expr) => e.k === 'add' || e.k === 'mul' || e.k === 'neg' || e.k === 'div';

/** A letter applied to one bracket around a sum or product: `d(a-c)`, maybe d·(a − c). */
const beforeBracket = (n: Application) => n.args.length === 1 && compound(n.args[0]);

/**
 * Letters that often name functions (`d`, `P`, `h`, `S`) are read as applied before a
 * bracket. When the same relation also uses the letter on its own ("\frac{P^2}{16} - P =
 * P\Bigl(\frac{P}{16} - 1\Bigr)", "d(b-c) + ac(b-c) = d\bigl[…\bigr]"), it is a number there,
 * and the bracket after it is a factor; so it is where the text used the letter alone before
 * and never applied it to a symbol or number (`numberBefore`: "BF = d" … "\frac{e\Delta}{d(e^2+1)}").
 * Only a bracket around a sum or product is read so: in "20T = 10T(z)" the `(z)` may still
 * be an argument.
 */
export function withLetterProducts(
  lhs: Expr,
  rhs: Expr,
  numberBefore: (name: string) => boolean = () => false,
): [Expr, Expr] {
  if (!usesUnknownFunction(lhs, rhs)) return [lhs, rhs];
  const bare = new Set<string>();
  const applied = new Set<string>();
  for (const side of [lhs, rhs])
    someNode(side, (n) => {
      if (n.k === 'sym') bare.add(n.name);
      else if (n.k === 'app' && !beforeBracket(n)) applied.add(n.name);
      return false;
    });
  // A letter the text made a number before ("BF = d"), unless this relation applies it
  // as a function ("d(x)").
  const isNumber = (name: string) => bare.has(name) || (!applied.has(name) && numberBefore(name));
  const misread = (n: Expr): n is Application =>
    n.k === 'app' && beforeBracket(n) && isNumber(n.name);
  if (![lhs, rhs].some((side) => someNode(side, misread))) return [lhs, rhs];
  return [asProducts(lhs, misread), asProducts(rhs, misread)];
}

function asProducts(e: Expr, misread: (n: Expr) => n is Application): Expr {
  const to = (x: Expr) => asProducts(x, misread);
  // "d(x+1)^2" read as an application raised to a power is d·(x+1)^2, not (d·(x+1))^2.
  if (e.k === 'pow' && misread(e.a))
    return {
      k: 'mul',
      args: [
        { k: 'sym', name: e.a.name },
        { k: 'pow', a: to(e.a.args[0]), b: to(e.b) },
      ],
    };
  if (e.k !== 'app') return mapChildren(e, to);
  const args = packedMap(e.args, to);
  if (misread(e)) return { k: 'mul', args: [{ k: 'sym', name: e.name }, args[0]] };
  return withArgs(e, args);
}
