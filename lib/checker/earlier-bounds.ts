import { type Expr, freeSymbols, usesUnknownFunction } from './expr';
import type { RelationOp } from './relations';

/** An inequality the text stated as a fact, as "gap ≥ 0" (or "gap > 0"). */
export interface EarlierBound {
  /** The larger side minus the smaller. */
  gap: Expr;
  /** The larger side and the smaller, as written. */
  larger: Expr;
  smaller: Expr;
  strict: boolean;
  line: number;
  /** Its LaTeX as written, for a basis. */
  text: string;
  symbols: ReadonlySet<string>;
}

/** How far back a claim may reach for an inequality, in lines (as for equations). */
const REACH = 40;
/** Inequalities kept at most (the newest). */
const POOL = 16;

const minus = (a: Expr, b: Expr): Expr => ({ k: 'add', args: [a, { k: 'neg', a: b }] });

/** "a \\le b" as b − a ≥ 0; null for what orders nothing (`=`, `\\ne`, `\\approx`). */
export function asGap(lhs: Expr, rhs: Expr, op: RelationOp) {
  const up = op === '<' || op === '<=';
  if (!up && op !== '>' && op !== '>=') return null;
  const [larger, smaller] = up ? [rhs, lhs] : [lhs, rhs];
  return { gap: minus(larger, smaller), larger, smaller, strict: op === '<' || op === '>' };
}

/**
 * The inequalities the text stated as facts in the last REACH lines, for claims that follow
 * from one or two of them ("since y_i \\ge y_j + 2, we have y_j - y_i + 1 \\le -1"). One
 * stated inside a case is dropped when the case ends; the caller keeps out hypotheses, goals
 * and alternatives, as for equations.
 */
export class EarlierBounds {
  private list: (EarlierBound & { inCase: boolean })[] = [];
  private inCase = false;

  record(lhs: Expr, rhs: Expr, op: RelationOp, line: number, text: string): void {
    const g = asGap(lhs, rhs, op);
    if (!g) return;
    // Filled by loops: spreading two sets into an array into a set cost more than the rest.
    const symbols = new Set<string>(freeSymbols(lhs));
    for (const s of freeSymbols(rhs)) symbols.add(s);
    // "P(1) > P(0)" has no symbol but orders two values of P.
    if (symbols.size === 0 && !usesUnknownFunction(lhs, rhs)) return;
    const { gap, larger, smaller, strict } = g;
    this.list.push({ gap, larger, smaller, strict, line, text, symbols, inCase: this.inCase });
    if (this.list.length > POOL) this.list.shift();
  }

  /** A case opened or the cases closed: what was stated inside the last case is dropped. */
  caseBoundary(opensCase: boolean): void {
    this.list = this.list.filter((e) => !e.inCase);
    this.inCase = opensCase;
  }

  /** Newest first, those within REACH lines of `line`. */
  before(line: number): EarlierBound[] {
    return this.list.filter((e) => line - e.line <= REACH && e.line <= line).reverse();
  }
}
