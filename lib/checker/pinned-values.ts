import { evaluateFloat } from './evaluate-float';
import { type Expr, someNode, usesUnknownFunction } from './expr';
import { applyFloat, powerFloat, rootFloat } from './float-functions';
import { digits9 } from './prng';
import { holdsAt } from './sample';
import { showExpr } from './show-expr';
import { unknownFunction } from './unknown-function';

/**
 * Unknown functions evaluated as arbitrary ones, except where earlier equations give their
 * value: "f(d) = 0", "c = f(0)", "f(f(a)) = a" each pin the function at one argument (the
 * argument's value at the sample point). A claim that holds for every function so pinned
 * follows from those equations: "f(f(a)) = f(0)" from "f(a) = 0".
 */

type App = Extract<Expr, { k: 'app' }>;

/** An equation one of whose sides is an unknown function applied: that side's value at its argument. */
export interface Pin {
  app: App;
  value: Expr;
}

/**
 * "f(d) = 0" pins f at d; "c = f(0)" pins f at 0; "f(x) + 1 = y" pins nothing, nor does
 * "g(0) + 20 \\cdot 0 = g(0)", a value in terms of itself (with "g(0) = 0" as well, the two
 * would seem to disagree wherever g(0) was drawn first).
 */
export function pinOf(lhs: Expr, rhs: Expr): Pin | null {
  const pin =
    lhs.k === 'app' ? { app: lhs, value: rhs } : rhs.k === 'app' ? { app: rhs, value: lhs } : null;
  if (!pin) return null;
  const written = showExpr(pin.app);
  return someNode(pin.value, (n) => n.k === 'app' && showExpr(n) === written) ? null : pin;
}

/** One sample point: the symbols' values, whether they are integers, and the salt (one function per point). */
export interface Point {
  at: ReadonlyMap<string, number>;
  integers: boolean;
  salt: number;
}

/** `${name}|${args to 9 digits, joined by ','}`, built without an array of the digits. */
function key(name: string, args: readonly number[]): string {
  let k = `${name}|`;
  for (let i = 0; i < args.length; i++) k += i > 0 ? `,${digits9(args[i])}` : digits9(args[i]);
  return k;
}

/** Rounds of pinning at most: a pin whose argument applies another pinned function ("f(f(a)) = a" after "f(a) = 0") settles in the second. */
const ROUNDS = 3;

const nested = (pin: Pin) =>
  pin.app.args.some((a) => usesUnknownFunction(a)) || usesUnknownFunction(pin.value);

/** Whether two tables give the same values at the same arguments. */
function sameTable(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined || !holdsAt(v, w, '=')) return false;
  }
  return true;
}

const NO_PINS: ReadonlyMap<string, number> = new Map();

/**
 * The unknown functions at one point, with the pins applied. Null when two pins give one
 * argument different values (equations that cannot hold together there).
 */
export class PinnedPoint {
  /**
   * The pinned values, by `key`: none at first (a shared empty map, never written: `of`
   * gives each round its own, and most points are asked about with no pins).
   */
  private table: ReadonlyMap<string, number> = NO_PINS;
  /** How many values were read from the pins (not drawn), since last reset. */
  hits = 0;

  private constructor(private readonly point: Point) {}

  /**
   * The pins applied in turn, each with those before it (one round); again while a round
   * changes the table, when a pin's argument or value applies an unknown function ("f(f(a))
   * = a" before "f(a) = 0").
   */
  static of(point: Point, pins: readonly Pin[]): PinnedPoint | null {
    const p = new PinnedPoint(point);
    if (pins.length === 0) return p;
    const rounds = pins.some(nested) ? ROUNDS : 1;
    for (let round = 0; round < rounds; round++) {
      const before = p.table;
      const table = new Map<string, number>();
      p.table = table;
      let clash = false;
      for (const pin of pins) {
        const args = p.argsOf(pin.app);
        const v = p.value(pin.value);
        if (!args || !Number.isFinite(v)) continue;
        const k = key(pin.app.name, args);
        const given = table.get(k);
        if (given === undefined) table.set(k, v);
        else if (!holdsAt(given, v, '=')) clash = true;
      }
      if (round === rounds - 1 || sameTable(before, table)) return clash ? null : p;
    }
    return p;
  }

  /** An expression's value here; NaN where undefined (or a sum over an unknown function). */
  value(e: Expr): number {
    const { at, integers, salt } = this.point;
    if (!usesUnknownFunction(e)) return evaluateFloat(e, at, integers, salt);
    switch (e.k) {
      case 'app': {
        const args = this.argsOf(e);
        if (!args) return Number.NaN;
        const pinned = this.table.get(key(e.name, args));
        if (pinned === undefined) return this.arbitrary(e.name, args);
        this.hits++;
        return pinned;
      }
      // Indexed loops and no destructuring: until this is optimised, each makes an iterator.
      case 'add': {
        let sum = 0;
        for (let i = 0; i < e.args.length; i++) sum += this.value(e.args[i]);
        return sum;
      }
      case 'mul': {
        let product = 1;
        for (let i = 0; i < e.args.length; i++) product *= this.value(e.args[i]);
        return product;
      }
      case 'neg':
        return -this.value(e.a);
      case 'div': {
        const b = this.value(e.b);
        return b === 0 ? Number.NaN : this.value(e.a) / b;
      }
      case 'pow': {
        const a = this.value(e.a);
        return powerFloat(a, this.value(e.b));
      }
      case 'root':
      case 'fn':
        return this.known(e);
      default:
        // A sum over values of an unknown function: its terms are not pinned one by one.
        return Number.NaN;
    }
  }

  private argsOf(app: App): number[] | null {
    // Made as `evaluateFloat` makes its argument lists, so `unknownFunction` sees one kind of array.
    const out = new Array<number>(app.args.length);
    for (let i = 0; i < app.args.length; i++) {
      const v = this.value(app.args[i]);
      if (!Number.isFinite(v)) return null;
      out[i] = v;
    }
    return out;
  }

  /**
   * A root or a known function of unknown ones: what `evaluateFloat` gives for it at its
   * arguments' values (the same functions it uses, without building the expression).
   */
  private known(e: Extract<Expr, { k: 'root' | 'fn' }>): number {
    if (e.k === 'root') {
      const a = this.value(e.a);
      return rootFloat(a, this.value(e.n));
    }
    // All values first: one of them may itself be a known function of unknown ones.
    const values = new Array<number>(e.args.length);
    for (let i = 0; i < e.args.length; i++) values[i] = this.value(e.args[i]);
    return applyFloat(e.name, values, this.point.integers);
  }

  /** The arbitrary function's value, as `evaluateFloat` draws it for this point. */
  private arbitrary(name: string, args: readonly number[]): number {
    return unknownFunction(name, args, this.point.salt);
  }
}
