import type { Assignment } from './evaluate-float';
import { type Expr, freeSymbols } from './expr';
import { applyFloat, powerFloat, rootFloat } from './float-functions';
import { packedMap } from './packed-map';

/** A body as a function of its variable alone. */
export type BodyFunction = (x: number) => number;

/** The interpreter (evaluate-float.ts, which calls this: passed in, not imported back). */
type Interpreter = (e: Expr, at: Assignment, integers: boolean, salt: number) => number;

/**
 * The body of an integral or derivative as a function of its variable `v`, the other symbols
 * at `at`. Quadrature asks for it at 65 to 513 points and Ridders' method at up to 20, so it
 * is prepared once per sample: every part of the body without `v` ("t^{-a}", "\\sqrt t" in
 * "t^{-a}(1+\\sqrt t\\,w)^{a}e^{-w^{2}}") is computed once, and the rest is a tree of small
 * functions rather than the interpreter's walk with a map lookup per symbol.
 *
 * Each part computes exactly what `evaluateFloat` computes for it, in the same order, so a
 * value is the same to the last bit as the interpreter's (`compiled-body.test.ts`).
 */
export function compileBody(
  body: Expr,
  v: string,
  at: Assignment,
  integers: boolean,
  salt: number,
  evaluateFloat: Interpreter,
): BodyFunction {
  const inner = new Map(at);
  /** A part that holds `v` but is not compiled (a sum, an integral, an unknown function). */
  const interpreted =
    (e: Expr): BodyFunction =>
    (x) => {
      inner.set(v, x);
      return evaluateFloat(e, inner, integers, salt);
    };
  const compile = (e: Expr): BodyFunction | number => {
    // Without v: a number, computed once (`inner` is `at` here, with v not read).
    if (!freeSymbols(e).has(v)) return evaluateFloat(e, at, integers, salt);
    switch (e.k) {
      case 'sym':
        return (x) => x;
      case 'add':
        return sumOf(packedMap(e.args, compile));
      case 'mul':
        return productOf(packedMap(e.args, compile));
      case 'neg': {
        const a = asFunction(compile(e.a));
        return (x) => -a(x);
      }
      case 'div': {
        const a = asFunction(compile(e.a));
        const b = asFunction(compile(e.b));
        return (x) => {
          const d = b(x);
          return d === 0 ? Number.NaN : a(x) / d;
        };
      }
      case 'pow':
        return applied(powerFloat, compile(e.a), compile(e.b));
      case 'root':
        return applied(rootFloat, compile(e.a), compile(e.n));
      case 'fn': {
        const name = e.name;
        const args = packedMap(e.args, (arg) => asFunction(compile(arg)));
        return (x) => {
          const values = new Array<number>(args.length);
          for (let i = 0; i < args.length; i++) values[i] = args[i](x);
          return applyFloat(name, values, integers);
        };
      }
      default:
        return interpreted(e);
    }
  };
  return asFunction(compile(body));
}

const asFunction = (part: BodyFunction | number): BodyFunction =>
  typeof part === 'number' ? () => part : part;

/** `f` of two parts, the first computed first, as the interpreter does for powers and roots. */
function applied(
  f: (a: number, b: number) => number,
  first: BodyFunction | number,
  second: BodyFunction | number,
): BodyFunction {
  const a = asFunction(first);
  const b = asFunction(second);
  return (x) => {
    const left = a(x);
    return f(left, b(x));
  };
}

/** A sum, term by term from the left as the interpreter adds (rounding depends on the order). */
function sumOf(parts: (BodyFunction | number)[]): BodyFunction {
  const terms = packedMap(parts, asFunction);
  return (x) => {
    let s = 0;
    for (let i = 0; i < terms.length; i++) s += terms[i](x);
    return s;
  };
}

/** A product, factor by factor from the left as the interpreter multiplies. */
function productOf(parts: (BodyFunction | number)[]): BodyFunction {
  const factors = packedMap(parts, asFunction);
  return (x) => {
    let p = 1;
    for (let i = 0; i < factors.length; i++) p *= factors[i](x);
    return p;
  };
}
