import { type Expr, freeSymbols } from './expr';

/** The children of a node, in order (a leaf has none). */
function children(e: Expr): Expr[] {
  switch (e.k) {
    case 'add':
    case 'mul':
    case 'fn':
    case 'app':
      return e.args;
    case 'neg':
      return [e.a];
    case 'div':
    case 'pow':
      return [e.a, e.b];
    case 'root':
      return [e.a, e.n];
    case 'big':
      return [e.lo, e.hi, e.body];
    default:
      return [];
  }
}

/** Whether two nodes are the same kind of node with the same label and arity. */
function sameNode(a: Expr, b: Expr): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'num' && b.k === 'num') return a.n === b.n && a.d === b.d;
  if (a.k === 'sym' && b.k === 'sym') return a.name === b.name;
  if ((a.k === 'fn' && b.k === 'fn') || (a.k === 'app' && b.k === 'app'))
    return a.name === b.name && a.args.length === b.args.length;
  if (a.k === 'big' && b.k === 'big') return a.op === b.op && a.v === b.v;
  return children(a).length === children(b).length;
}

/** The pairs of sub-expressions where two trees differ (at most `limit` + 1 of them). */
function differences(a: Expr, b: Expr, out: [Expr, Expr][], limit: number): void {
  if (out.length > limit) return;
  if (!sameNode(a, b)) {
    out.push([a, b]);
    return;
  }
  const ca = children(a);
  const cb = children(b);
  for (let i = 0; i < ca.length; i++) differences(ca[i], cb[i], out, limit);
}

const sameSymbols = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((s) => b.has(s));

/**
 * Whether `r` is `l` with one sub-expression replaced by one over other symbols:
 * "(2^a)^k + 2 = (ak - 2)^k + 2" puts what the context says `2^a` equals in its place.
 * Such a link states a fact of the proof, not a rewriting, so failing as an identity does
 * not make it false. A changed number or sign is not such a replacement.
 */
export function replacesOneSubterm(l: Expr, r: Expr): boolean {
  const diffs: [Expr, Expr][] = [];
  differences(l, r, diffs, 1);
  if (diffs.length !== 1) return false;
  const [from, to] = diffs[0];
  const fs = freeSymbols(from);
  return fs.size > 0 && from.k !== 'sym' && !sameSymbols(fs, freeSymbols(to));
}
