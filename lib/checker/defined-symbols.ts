import { type Assignment, evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols, substitute, usesUnknownFunction } from './expr';
import { holdsAt } from './sample';

/** Symbols the text defined ("put s = a + b + c", "where t = x/y"), by name. */
export type Definitions = ReadonlyMap<string, Expr>;

/** A definition may use symbols defined before it ("x = \\sqrt a", "p = x + y + z"): this deep. */
const MAX_DEPTH = 4;

/**
 * Both sides with every defined symbol replaced by what it was defined as, through
 * definitions that use earlier ones; null when no defined symbol occurs. `used` names the
 * definitions put in, for the witness.
 */
export function withDefinedSymbols(
  lhs: Expr,
  rhs: Expr,
  definitions: Definitions,
): { l: Expr; r: Expr; used: string[] } | null {
  if (definitions.size === 0) return null;
  const used = new Set<string>();
  let l = lhs;
  let r = rhs;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const present = definedIn(l, r, definitions);
    if (present.size === 0) break;
    for (const s of present.keys()) used.add(s);
    l = substitute(l, present);
    r = substitute(r, present);
  }
  if (used.size === 0) return null;
  // Still a defined symbol after MAX_DEPTH rounds: a definition through itself; not used.
  if (definedIn(l, r, definitions).size > 0) return null;
  return { l, r, used: [...used].sort() };
}

/**
 * The definitions of the symbols of either side that have one, left side's first: most
 * claims have none, and nothing is built for them but this empty map.
 */
function definedIn(l: Expr, r: Expr, definitions: Definitions): Map<string, Expr> {
  const present = new Map<string, Expr>();
  for (const s of freeSymbols(l)) {
    const d = definitions.get(s);
    if (d) present.set(s, d);
  }
  for (const s of freeSymbols(r)) {
    const d = definitions.get(s);
    if (d && !present.has(s)) present.set(s, d);
  }
  return present;
}

/**
 * What the text defined and stated so far, for claims over defined symbols: the definitions
 * ("put s = a + b + c"; a later definition of s replaces it, a case's ends with the case),
 * and the symbols a stated equation links ("x^2 + y^2 + z^2 = 1", "case y = 0"): a relation
 * over those may hold only because of that equation, so failing as an identity once the
 * definitions are put in does not make it false.
 */
export class DefinedContext {
  readonly definitions = new Map<string, Expr>();
  private readonly linked = new Set<string>();
  /** Every equation stated, as written and with the definitions put in. */
  private readonly equations: [Expr, Expr][] = [];

  /** Records a stated equation and its symbols, as written and with the definitions put in. */
  stated(lhs: Expr, rhs: Expr): void {
    const put = withDefinedSymbols(lhs, rhs, this.definitions);
    this.equations.push([lhs, rhs]);
    if (put) this.equations.push([put.l, put.r]);
    for (const e of put ? [lhs, rhs, put.l, put.r] : [lhs, rhs])
      for (const s of freeSymbols(e)) this.linked.add(s);
  }

  /**
   * Whether an equation the text stated or a definition it made holds at every one of these
   * samples (all its symbols given a value there): what would make a relation that held only
   * at them hold by the text's own account ("Δ = ρ - 1" at the draws where Δ = ρ - 1).
   */
  explains(points: readonly Assignment[]): boolean {
    if (points.length === 0) return false;
    const defined: [Expr, Expr][] = [...this.definitions].map(([s, e]) => [
      { k: 'sym', name: s },
      e,
    ]);
    return [...this.equations, ...defined].some(([l, r]) => {
      const symbols = [...freeSymbols(l), ...freeSymbols(r)];
      if (symbols.length === 0 || points.some((at) => symbols.some((s) => !at.has(s))))
        return false;
      // "x_n = n\\pi + \\delta_n" with x_n's definition put in holds wherever it is asked:
      // an equation true off the samples too explains nothing about them.
      return points.every((at) => holdsThere(l, r, at)) && !holdsThere(l, r, offGrid(points[0]));
    });
  }

  /** Whether any symbol of these expressions is linked by a stated equation. */
  linksAny(...es: Expr[]): boolean {
    return es.some((e) => [...freeSymbols(e)].some((s) => this.linked.has(s)));
  }

  /**
   * Whether every equation stated about these symbols that the definitions make a plain
   * computation ("|OQ| = R" is not one; "R^2 = 81" is) comes out true with them: the values
   * the definitions fix are the text's throughout. A value put in for a while ("setting
   * x = 0") is not: the equations about x after it, read with x = 0, fail.
   */
  agreesOn(symbols: ReadonlySet<string>): boolean {
    for (const [l, r] of this.equations) {
      if (![...freeSymbols(l), ...freeSymbols(r)].some((s) => symbols.has(s))) continue;
      const put = withDefinedSymbols(l, r, this.definitions);
      if (!put || freeSymbols(put.l).size > 0 || freeSymbols(put.r).size > 0) continue;
      if (usesUnknownFunction(put.l, put.r)) continue;
      if (!holdsThere(put.l, put.r, new Map())) return false;
    }
    return true;
  }
}

const holdsThere = (l: Expr, r: Expr, at: Assignment) => {
  const [a, b] = [evaluateFloat(l, at, true), evaluateFloat(r, at, true)];
  return Number.isFinite(a) && Number.isFinite(b) && holdsAt(a, b, '=');
};

/** An integer sample moved off the integers, each symbol by another irrational step. */
function offGrid(at: Assignment): Assignment {
  const moved = new Map<string, number>();
  let k = 1;
  for (const [s, v] of at) moved.set(s, v + k++ * Math.SQRT2 * 0.37);
  return moved;
}
