import { functionNames } from './applications';
import type { EarlierEquation } from './earlier-equations';
import { type Expr, freeSymbols, usesUnknownFunction } from './expr';
import { type Pin, PinnedPoint, type Point, pinOf } from './pinned-values';
import { hashString, mulberry32 } from './prng';
import type { RelationOp } from './relations';
import { DOMAINS, drawFrom, holdsAt, type SampleVerdict } from './sample';
import type { Sides } from './shared-points';

/**
 * Claims about an unknown function that follow from what earlier equations say its values
 * are: "f(f(a)) = f(0)" from "f(a) = 0", "a f(a + f(0)) = a f(a + d)" from "d = f(0)",
 * "(b - a_0) a_0 = a_0 f(a_0)" from "(b - a_0) f(f(a_0)) = a_0 f(a_0 + f(b))" with "f(f(a_0)) =
 * a_0" and "f(b) = 0". Sampled with an arbitrary function pinned where those equations say
 * (`pinned-values.ts`); confirm-only, like `through-earlier.ts`.
 */

const PER_DOMAIN = 8;
const MIN_FINITE = 12;
/** Earlier equations tried as the one the claim is a multiple of: the newest. */
const MULTIPLES = 6;

interface Pinned extends Pin {
  source: EarlierEquation;
}

const symbolsOf = (es: readonly Expr[]) => [...new Set(es.flatMap((e) => [...freeSymbols(e)]))];

function* points(symbols: readonly string[], seed: string): Generator<Point> {
  const random = mulberry32(hashString(seed));
  for (let d = 0; d <= DOMAINS.length; d++)
    for (let k = 0; k < PER_DOMAIN; k++) {
      const at = new Map<string, number>();
      for (const s of symbols)
        at.set(s, d < DOMAINS.length ? drawFrom(DOMAINS[d], random) : 2 * random() - 1);
      yield { at, integers: DOMAINS[d] === 'small positive integers', salt: d * PER_DOMAIN + k };
    }
}

/**
 * Whether `test` holds at every point where the pins can hold together and it can be told
 * (it returns null where a side is undefined), and at enough of them.
 */
function everywhere(
  symbols: readonly string[],
  pins: readonly Pin[],
  seed: string,
  test: (p: PinnedPoint) => boolean | null,
): boolean {
  let told = 0;
  for (const point of points(symbols, seed)) {
    const p = PinnedPoint.of(point, pins);
    if (!p) continue;
    const ok = test(p);
    if (ok === false) return false;
    if (ok) told++;
  }
  return told >= MIN_FINITE;
}

function relationAt(p: PinnedPoint, claim: Sides, op: RelationOp): boolean | null {
  const [a, b] = [p.value(claim.lhs), p.value(claim.rhs)];
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
function canHold(e: Sides, symbols: readonly string[], pins: readonly Pin[], seed: string) {
  let first: number | null = null;
  let varies = false;
  everywhere(symbols, pins, seed, (p) => {
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

const sharesFunction = (e: Sides, names: ReadonlySet<string>) =>
  [...functionNames(e.lhs, functionNames(e.rhs, new Set()))].some((n) => names.has(n));

/**
 * The claim holds through the pins of earlier equations, or is one earlier equation with the
 * pins of the others put in and the same done to both sides ("1 = 1 + v_2(k)" from "v_2(b) =
 * v_2(a) + v_2(k)" with "v_2(b) = 1", "v_2(a) = 1"). Returns the equations it rests on, or
 * null. A claim that holds for every function, pinned or not, is no business of this one.
 */
export function throughPins(
  claim: Sides,
  op: RelationOp,
  earlier: readonly EarlierEquation[],
  seedText: string,
): EarlierEquation[] | null {
  if (!usesUnknownFunction(claim.lhs, claim.rhs) || op === '!=' || op === '~') return null;
  const names = functionNames(claim.lhs, functionNames(claim.rhs, new Set()));
  const related = earlier.filter((e) => sharesFunction(e, names));
  const pins: Pinned[] = [];
  for (const e of related) {
    const pin = pinOf(e.lhs, e.rhs);
    if (pin) pins.push({ ...pin, source: e });
  }
  const symbols = symbolsOf([claim.lhs, claim.rhs, ...related.flatMap((e) => [e.lhs, e.rhs])]);
  const seed = `pins:${seedText}`;
  const holds = (ps: readonly Pin[]) =>
    everywhere(symbols, ps, seed, (p) => relationAt(p, claim, op));
  if (holds([])) return null;
  if (pins.length > 0 && holds(pins)) return fewest(pins, holds).map((p) => p.source);
  if (op !== '=') return null;
  // The newest few, each against the pins of the others.
  for (const e of related.slice(0, MULTIPLES)) {
    const others = pins.filter((p) => p.source !== e);
    const multiple = (ps: readonly Pin[]) => everywhere(symbols, ps, seed, multipleAt(claim, e));
    if (!multiple(others) || !canHold(e, symbols, others, seed)) continue;
    const kept = fewest(others, multiple);
    if (canHold(e, symbols, kept, seed)) return [e, ...kept.map((p) => p.source)];
  }
  return null;
}

export type { SampleVerdict };
