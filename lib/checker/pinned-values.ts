import { evaluateFloat } from './evaluate-float';
import { type Expr, someNode, usesUnknownFunction } from './expr';
import { holdsAt } from './sample';
import { showExpr } from './show-expr';

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

const key = (name: string, args: readonly number[]) =>
  `${name}|${args.map((a) => a.toPrecision(9)).join(',')}`;

/** Rounds of pinning: a pin whose argument applies another pinned function ("f(f(a)) = a" after "f(a) = 0") settles in the second. */
const ROUNDS = 3;

/**
 * The unknown functions at one point, with the pins applied. Null when two pins give one
 * argument different values (equations that cannot hold together there).
 */
export class PinnedPoint {
  private table = new Map<string, number>();
  private readonly at: Map<string, number>;
  private fresh = 0;

  private constructor(private readonly point: Point) {
    this.at = new Map(point.at);
  }

  static of(point: Point, pins: readonly Pin[]): PinnedPoint | null {
    const p = new PinnedPoint(point);
    for (let round = 0; round < ROUNDS; round++) {
      const next = new Map<string, number>();
      for (const pin of pins) {
        const args = p.argsOf(pin.app);
        const v = p.value(pin.value);
        if (!args || !Number.isFinite(v)) continue;
        const k = key(pin.app.name, args);
        const before = next.get(k);
        if (before !== undefined && !holdsAt(before, v, '=')) {
          if (round === ROUNDS - 1) return null;
          continue;
        }
        next.set(k, v);
      }
      p.table = next;
    }
    return p;
  }

  /** An expression's value here; NaN where undefined (or a sum over an unknown function). */
  value(e: Expr): number {
    const g = this.ground(e);
    return g ? evaluateFloat(g, this.at, this.point.integers, this.point.salt) : Number.NaN;
  }

  private argsOf(app: App): number[] | null {
    const out: number[] = [];
    for (const a of app.args) {
      const v = this.value(a);
      if (!Number.isFinite(v)) return null;
      out.push(v);
    }
    return out;
  }

  /** `e` with each application replaced by a symbol holding its value here. */
  private ground(e: Expr): Expr | null {
    if (!usesUnknownFunction(e)) return e;
    switch (e.k) {
      case 'app': {
        const args = this.argsOf(e);
        const name = `#${this.fresh++}`;
        if (!args) this.at.set(name, Number.NaN);
        else this.at.set(name, this.table.get(key(e.name, args)) ?? this.arbitrary(e.name, args));
        return { k: 'sym', name };
      }
      case 'add':
      case 'mul':
      case 'fn': {
        const args: Expr[] = [];
        for (const a of e.args) {
          const g = this.ground(a);
          if (!g) return null;
          args.push(g);
        }
        return { ...e, args } as Expr;
      }
      case 'neg': {
        const a = this.ground(e.a);
        return a && { k: 'neg', a };
      }
      case 'div':
      case 'pow': {
        const [a, b] = [this.ground(e.a), this.ground(e.b)];
        return a && b && { k: e.k, a, b };
      }
      case 'root': {
        const [a, n] = [this.ground(e.a), this.ground(e.n)];
        return a && n && { k: 'root', a, n };
      }
      default:
        // A sum over values of an unknown function: its terms are not grounded one by one.
        return null;
    }
  }

  /** The arbitrary function's value, as `evaluateFloat` draws it for this point. */
  private arbitrary(name: string, args: readonly number[]): number {
    const names = args.map((_, i) => `#arg${i}`);
    const scratch = new Map(names.map((n, i) => [n, args[i]]));
    const app: Expr = { k: 'app', name, args: names.map((n) => ({ k: 'sym', name: n })) };
    return evaluateFloat(app, scratch, this.point.integers, this.point.salt);
  }
}
