import { functionNames } from './applications';
import type { EarlierEquation } from './earlier-equations';
import { type Expr, freeSymbols, someNode, usesUnknownFunction } from './expr';
import { everywhere, Samples, touches } from './pinned-samples';
import { type Pin, type PinnedPoint, pinOf } from './pinned-values';
import type { RelationOp } from './relations';
import { holdsAt } from './sample';
import type { Sides } from './shared-points';
import { showExpr } from './show-expr';

/**
 * Claims about an unknown function that follow from what earlier equations say its values
 * are: "f(f(a)) = f(0)" from "f(a) = 0", "a f(a + f(0)) = a f(a + d)" from "d = f(0)",
 * "(b - a_0) a_0 = a_0 f(a_0)" from "(b - a_0) f(f(a_0)) = a_0 f(a_0 + f(b))" with "f(f(a_0)) =
 * a_0" and "f(b) = 0". Sampled with an arbitrary function pinned where those equations say
 * (`pinned-values.ts`); confirm-only, like `through-earlier.ts`.
 */

/** Earlier equations that pin a function, at most: the newest. */
const PINS = 12;
/** Earlier equations tried as the one the claim is a multiple of: the newest. */
const MULTIPLES = 2;

interface Pinned extends Pin {
  source: EarlierEquation;
  /** The application as written, for `bears`. */
  written: string;
}

/** The free symbols of the expressions, each once, in the order first found. */
function symbolsOf(es: readonly Expr[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < es.length; i++) for (const s of freeSymbols(es[i])) out.add(s);
  return Array.from(out);
}

function relationAt(p: PinnedPoint, claim: Sides, op: RelationOp): boolean | null {
  const a = p.value(claim.lhs);
  const b = p.value(claim.rhs);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const strict = op === '<' || op === '>';
  return holdsAt(a, b, op) && !(strict && holdsAt(a, b, '='));
}

/** The claim's (left − right) a constant nonzero multiple of the equation's, pinned. */
function multipleAt(claim: Sides, e: Sides) {
  let factor: number | null = null;
  return (p: PinnedPoint): boolean | null => {
    const x = p.value(claim.lhs) - p.value(claim.rhs);
    const y = p.value(e.lhs) - p.value(e.rhs);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    if (Math.abs(y) < 1e-9) return Math.abs(x) < 1e-9 ? null : false;
    factor ??= x / y;
    return Math.abs(factor) > 1e-9 && holdsAt(x, factor * y, '=', 1e-8);
  };
}

/**
 * Whether the equation can hold where the pins do: its (left − right) is not one nonzero
 * constant there. "f(n) = 4" cannot where "f(n) = 1" pins f, and from the two any claim
 * about f(n) would follow (cases listed, not facts that hold together).
 */
function canHold(e: Sides, samples: Samples, pins: readonly Pin[]) {
  let first: number | null = null;
  let varies = false;
  everywhere(samples, pins, (p) => {
    const y = p.value(e.lhs) - p.value(e.rhs);
    if (!Number.isFinite(y)) return null;
    first ??= y;
    if (Math.abs(y) < 1e-9 || !holdsAt(y, first, '=', 1e-8)) varies = true;
    return true;
  });
  return varies;
}

/** The fewest pins `holds` still holds with (each dropped in turn while it does). */
function fewest(pins: readonly Pinned[], holds: (pins: readonly Pin[]) => boolean): Pinned[] {
  let kept = [...pins];
  for (const pin of pins) {
    const without = kept.filter((p) => p !== pin);
    if (holds(without)) kept = without;
  }
  return kept;
}

/**
 * Whether any pin could bear on these expressions, as written: one of them applies a function
 * to what a pin's application is written with ("f(a)" and "f(a) = 0"), or uses a symbol a
 * pin gives a value ("f(d)" and "d = f(0)"). A cheap test before any sampling: most claims
 * about a function share nothing with the values stated for it.
 */
function bears(pins: readonly Pinned[], exprs: readonly Expr[]): boolean {
  const written = new Set<string>();
  const symbols = new Set<string>();
  for (const e of exprs) {
    someNode(e, (n) => {
      if (n.k === 'app') written.add(showExpr(n));
      return false;
    });
    for (const s of freeSymbols(e)) symbols.add(s);
  }
  return pins.some(
    (p) => written.has(p.written) || (p.value.k === 'sym' && symbols.has(p.value.name)),
  );
}

/** What an earlier equation offers here, read once: it is offered to each claim after it. */
interface Offered {
  /** The unknown functions it applies. */
  functions: ReadonlySet<string>;
  pin: Pinned | null;
}

/** Per earlier equation (made afresh for each check, so nothing outlives its check). */
const offeredMemo = new WeakMap<EarlierEquation, Offered>();

function offered(e: EarlierEquation): Offered {
  let known = offeredMemo.get(e);
  if (!known) {
    const pin = pinOf(e.lhs, e.rhs);
    known = {
      functions: functionNames(e.lhs, functionNames(e.rhs, new Set())),
      pin: pin ? { app: pin.app, value: pin.value, source: e, written: showExpr(pin.app) } : null,
    };
    offeredMemo.set(e, known);
  }
  return known;
}

function sharesFunction(e: EarlierEquation, names: ReadonlySet<string>): boolean {
  for (const n of offered(e).functions) if (names.has(n)) return true;
  return false;
}

/**
 * The claim holds through the pins of earlier equations, or (when the text says it derives
 * the claim) is one earlier equation with the pins of the others put in and the same done to
 * both sides ("1 = 1 + v_2(k)" from "v_2(b) = v_2(a) + v_2(k)" with "v_2(b) = 1", "v_2(a) =
 * 1"). Returns the equations it rests on, or null. A claim that holds for every function,
 * pinned or not, is no business of this one.
 */
export function throughPins(
  claim: Sides,
  op: RelationOp,
  earlier: readonly EarlierEquation[],
  seedText: string,
  derives: boolean,
): EarlierEquation[] | null {
  // Equations only: an inequality between values of a function goes by the inequalities
  // stated before it (`from-bounds.ts`), and pins confirmed none.
  if (op !== '=' || !usesUnknownFunction(claim.lhs, claim.rhs)) return null;
  const names = functionNames(claim.lhs, functionNames(claim.rhs, new Set()));
  const related = earlier.filter((e) => sharesFunction(e, names));
  const pins: Pinned[] = [];
  for (let i = 0; i < related.length && i < PINS; i++) {
    const pin = offered(related[i]).pin;
    if (pin) pins.push(pin);
  }
  const sides = [claim.lhs, claim.rhs];
  const bearsOnClaim = bears(pins, sides);
  // Most claims share nothing with the pins and the text does not say it derives them: the
  // sample points are not drawn for those.
  if (!bearsOnClaim && !derives) return null;
  const symbols = symbolsOf([claim.lhs, claim.rhs, ...related.flatMap((e) => [e.lhs, e.rhs])]);
  const samples = new Samples(symbols, `pins:${seedText}`);
  const holds = (ps: readonly Pin[]) => everywhere(samples, ps, (p) => relationAt(p, claim, op));
  // What holds for every function, pinned or not, needs no pin (asked only of the few that hold).
  if (bearsOnClaim && touches(samples, pins, sides) && holds(pins))
    return holds([]) ? null : fewest(pins, holds).map((p) => p.source);
  // An equation with values put in, only where the text says it derives the claim ("using
  // (3) and f(b) = 0 we get"), as for two equations combined.
  if (!derives) return null;
  // The newest few with all the claim's symbols, each against the pins of the others.
  const mine = symbolsOf([claim.lhs, claim.rhs]);
  const candidates = related.filter((e) => mine.every((s) => e.symbols.has(s)));
  for (const e of candidates.slice(0, MULTIPLES)) {
    const own = pins.some((p) => p.source === e);
    const others = own ? pins.filter((p) => p.source !== e) : pins;
    const multiple = (ps: readonly Pin[]) => everywhere(samples, ps, multipleAt(claim, e));
    const written = [...sides, e.lhs, e.rhs];
    if (!bears(others, written) || !touches(samples, others, written)) continue;
    if (!multiple(others) || !canHold(e, samples, others)) continue;
    const kept = fewest(others, multiple);
    if (canHold(e, samples, kept)) return [e, ...kept.map((p) => p.source)];
  }
  return null;
}
