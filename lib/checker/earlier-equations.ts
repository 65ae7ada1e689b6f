import { type Expr, freeSymbols, usesUnknownFunction } from './expr';

/** An equation the text stated as a fact, which a later claim may follow from. */
export interface EarlierEquation {
  lhs: Expr;
  rhs: Expr;
  line: number;
  /** Its LaTeX as written, for the basis of what follows from it. */
  text: string;
  /** Its place among the equations recorded: the order they were written in. */
  order: number;
  /** Its symbols, both sides. */
  symbols: ReadonlySet<string>;
}

/** How far back a claim may reach for its facts, in lines. */
export const REACH = 40;
/** Equations kept at most (the newest). */
const POOL = 24;

/**
 * The equations the text stated as facts so far, newest last, for claims that follow from
 * several of them ("x^2+y^2+z^2+2q = 1+2q" after "x^2+y^2+z^2 = 1"). Only the last REACH
 * lines' are offered; one stated inside a case is dropped when the case ends (the caller
 * says when); the text's hypotheses, goals and alternatives are never recorded (the caller
 * decides that too).
 */
export class EarlierEquations {
  private list: (EarlierEquation & { inCase: boolean })[] = [];
  private inCase = false;
  private recorded = 0;

  record(lhs: Expr, rhs: Expr, line: number, text: string): void {
    const symbols = new Set([...freeSymbols(lhs), ...freeSymbols(rhs)]);
    // "f(f(0)) = 0" has no symbol but says what f is at a point.
    if (symbols.size === 0 && !usesUnknownFunction(lhs, rhs)) return;
    const order = this.recorded++;
    this.list.push({ lhs, rhs, line, text, symbols, order, inCase: this.inCase });
    if (this.list.length > POOL) this.list.shift();
  }

  /** A case opened or the cases closed: what was stated inside the last case is dropped. */
  caseBoundary(opensCase: boolean): void {
    this.list = this.list.filter((e) => !e.inCase);
    this.inCase = opensCase;
  }

  /** Newest first, those within REACH lines of `line`. */
  before(line: number): EarlierEquation[] {
    const out: EarlierEquation[] = [];
    for (let i = this.list.length - 1; i >= 0; i--)
      if (line - this.list[i].line <= REACH && this.list[i].line <= line) out.push(this.list[i]);
    return out;
  }
}
