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
 * lines' are offered, and a definition's ("let ρ = de", "write Q = d^2 + e^2") as long as it
 * stands: the text may use it pages later. One stated inside a case is dropped when the case
 * ends (the caller says when); the text's hypotheses, goals and alternatives are never
 * recorded (the caller decides that too).
 */
export class EarlierEquations {
  private list: Entry[] = [];
  /** The definitions that stand, by the symbol they define. */
  private readonly defined = new Map<string, Entry>();
  /** Equations that stand as definitions because they first wrote their symbol. */
  private readonly introduced = new Map<string, Entry>();
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

  /** The equation just recorded, on `line`, defines `name`: it stands until `forget`. */
  defines(name: string, line: number): void {
    const last = this.list[this.list.length - 1];
    if (last?.line === line && last.lhs.k === 'sym' && last.lhs.name === name)
      this.defined.set(name, last);
  }

  /**
   * The equation just recorded, on `line`, is the first to write `name` ("S = (d^2+1)(e^2+1)"
   * with no "let" before it): it stands until `forget`, offered by `introducedBefore`.
   */
  introduces(name: string, line: number): void {
    const last = this.list[this.list.length - 1];
    if (last?.line === line && last.lhs.k === 'sym' && last.lhs.name === name)
      this.introduced.set(name, last);
  }

  /** A definition out of scope (its case ended). */
  forget(name: string): void {
    this.defined.delete(name);
    this.introduced.delete(name);
  }

  /** A case opened or the cases closed: what was stated inside the last case is dropped. */
  caseBoundary(opensCase: boolean): void {
    this.list = this.list.filter((e) => !e.inCase);
    for (const [name, e] of this.defined) if (e.inCase) this.defined.delete(name);
    for (const [name, e] of this.introduced) if (e.inCase) this.introduced.delete(name);
    this.inCase = opensCase;
  }

  /**
   * Newest first, those within REACH lines of `line`, then (for an equation: `definitions`)
   * the standing definitions older than those. An inequality is not given them: sampled with a
   * root defined far back ("x = \\sqrt a"), "(p^2 - 1)(3p^2 + 1) > 0" held at every draw
   * that had a value, which the text's own bounds ensured and the draws only happened to.
   */
  before(line: number, definitions = false): EarlierEquation[] {
    const out: EarlierEquation[] = [];
    for (let i = this.list.length - 1; i >= 0; i--)
      if (line - this.list[i].line <= REACH && this.list[i].line <= line) out.push(this.list[i]);
    if (!definitions || this.defined.size === 0) return out;
    const older = [...this.defined.values()].filter((e) => !out.includes(e) && e.line <= line);
    if (older.length === 0) return out;
    return [...out, ...older.sort((a, b) => b.order - a.order)];
  }

  /**
   * The equations that first wrote their symbol, stated before `line` and not among
   * `offered` (what `before` gave): tried only when those alone settle nothing.
   */
  introducedBefore(line: number, offered: readonly EarlierEquation[]): EarlierEquation[] {
    if (this.introduced.size === 0) return [];
    return [...this.introduced.values()].filter((e) => e.line <= line && !offered.includes(e));
  }
}

type Entry = EarlierEquation & { inCase: boolean };
