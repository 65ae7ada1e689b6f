import { functionNames } from './applications';
import { type DefinedContext, withDefinedSymbols } from './defined-symbols';
import type { Expr } from './expr';
import {
  argumentLetters,
  describeInstance,
  type FunctionalEquations,
  type Instance,
  instanceLetters,
  instanceOf,
} from './instance-of';
import type { SampleVerdict } from './sample';

/** Values put in ("y = 0", "x = t") that a next step may specialise with: the latest few. */
const PUT_IN_KEPT = 4;

/**
 * Both sides with the constants the text defined put in ("c = f(0)"), but not values put
 * in for the letters the functions are applied to: "put y = 0" was for the step after it,
 * and a later "f(0) + 2f(y) = f(f(y))" is about every y again.
 */
function withConstants(lhs: Expr, rhs: Expr, context: DefinedContext) {
  const letters = new Set(argumentLetters(lhs, rhs));
  const constants = new Map([...context.definitions].filter(([name]) => !letters.has(name)));
  return withDefinedSymbols(lhs, rhs, constants);
}

/** How a relation came to hold for every value of some letters, if it did. */
export type ForEvery = { stated: true } | { instance: Instance } | null;

/**
 * After an equation is read: one about an unknown function that holds for every value of
 * some letters is kept for later steps to specialise — stated "for all …" (the letters in its
 * functions' arguments), or found to be such an equation with values put in (the letters of
 * those values). The symbols the text defined are put in first, so "c = f(0)" and "f(0)" are
 * one thing. "y = 0" is kept as a value a next step may put in.
 */
export function remember(
  equations: FunctionalEquations,
  putIn: Expr[],
  lhs: Expr,
  rhs: Expr,
  context: DefinedContext,
  line: number,
  forEvery: ForEvery,
): void {
  if (forEvery) {
    const put = withConstants(lhs, rhs, context);
    const [l, r] = [put?.l ?? lhs, put?.r ?? rhs];
    const vars = 'stated' in forEvery ? argumentLetters(l, r) : instanceLetters(forEvery.instance);
    equations.add(l, r, line, vars);
  }
  if (lhs.k === 'sym') {
    putIn.push(rhs);
    if (putIn.length > PUT_IN_KEPT) putIn.shift();
  }
}

/**
 * A claim about an unknown function that is an earlier equation about it with values put
 * in: it holds, with that equation and the values as its basis. Null when none fits.
 */
export function specialised(
  lhs: Expr,
  rhs: Expr,
  equations: FunctionalEquations,
  putIn: readonly Expr[],
  context: DefinedContext,
  seedText: string,
): (SampleVerdict & { basis: string; instance: Instance }) | null {
  // The constants put in add functions, never remove one: with no equation about the
  // claim's own functions, neither reading of it can be an instance.
  if (equations.about(functionNames(lhs, functionNames(rhs, new Set()))).length === 0) return null;
  const put = withConstants(lhs, rhs, context);
  const found =
    instanceOf(put?.l ?? lhs, put?.r ?? rhs, equations, putIn, seedText) ??
    (put ? instanceOf(lhs, rhs, equations, putIn, seedText) : null);
  return found
    ? { verdict: 'holds', basis: `follows from ${describeInstance(found)}`, instance: found }
    : null;
}
