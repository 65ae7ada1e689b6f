import { functionNames } from './applications';
import type { EarlierEquation } from './earlier-equations';
import { type Expr, freeSymbols, someNode, usesUnknownFunction } from './expr';
import { type Pin, PinnedPoint, type Point, pinOf } from './pinned-values';
import { hashString, mulberry32 } from './prng';
import type { RelationOp } from './relations';
import { DOMAINS, drawFrom, holdsAt, type SampleVerdict } from './sample';
import type { Sides } from './shared-points';
import { showExpr } from './show-expr';

/**
 * Claims about an unknown function that follow from what earlier equations say its values
 * are: "f(f(a)) = f(0)" from "f(a) = 0", "a f(a + f(0)) = a f(a + d)" from "d = f(0)",
 * "(b - a_0) a_0 = a_0 f(a_0)" from "(b - a_0) f(f(a_0)) = a_0 f(a_0 + f(b))" with "f(f(a_0)) =
 * a_0" and "f(b) = 0". Sampled with an arbitrary function pinned where those equations say
 * (`pinned-values.ts`); confirm-only, like `through-earlier.ts`.
 */

const PER_DOMAIN = 8;
const MIN_FINITE = 12;
/** Points where the pins hold together that must tell something, or nothing will. */
const FIRST_FEW = 4;
/** Earlier equations that pin a function, at most: the newest. */
const PINS = 12;
/** Earlier equations tried as the one the claim is a multiple of: the newest. */
const MULTIPLES = 2;

interface Pinned extends Pin {
  source: EarlierEquation;
  /** The application as written, for `bears`. */
  written: string;
}

const symbolsOf = (es: readonly Expr[]) => [...new Set(es.flatMap((e) => [...freeSymbols(e)]))];

/**
 * The sample points, drawn once for a claim: 8 over each of the small positive integers,
 * positive reals, reals, and reals between -1 and 1; each point pinned (once) for each set of
 * pins asked about, and only as far as the asking goes (most claims fail at the first).
 */
class Samples {
  readonly size = PER_DOMAIN * (DOMAINS.length + 1);
  private readonly drawn: Point[] = [];
  private readonly random: () => number;
  private readonly pinned = new Map<readonly Pin[], (PinnedPoint | null)[]>();

  constructor(
    private readonly symbols: readonly string[],
    seed: string,
  ) {
    this.random = mulberry32(hashString(seed));
  }

  /** Point `k` with these pins applied; null where they cannot hold together. */
  at(pins: readonly Pin[], k: number): PinnedPoint | null {
    let list = this.pinned.get(pins);
    if (!list) {
      list = [];
      this.pinned.set(pins, list);
    }
    while (list.length <= k) list.push(PinnedPoint.of(this.point(list.length), pins));
    return list[k];
  }

  private point(k: number): Point {
    while (this.drawn.length <= k) {
      const n = this.drawn.length;
      const d = Math.floor(n / PER_DOMAIN);
      const at = new Map<string, number>();
      for (const s of this.symbols)
        at.set(s, d < DOMAINS.length ? drawFrom(DOMAINS[d], this.random) : 2 * this.random() - 1);
      this.drawn.push({ at, integers: DOMAINS[d] === 'small positive integers', salt: n });
    }
    return this.drawn[k];
  }
}

/**
 * Whether the pins give any value these expressions read at the first point: if not, they
 * do not bear on them (what holds there with them holds without), and sampling is wasted.
 */
function touches(samples: Samples, pins: readonly Pin[], exprs: readonly Expr[]): boolean {
  const p = samples.at(pins, 0);
  if (!p) return true;
  p.hits = 0;
  for (const e of exprs) p.value(e);
  return p.hits > 0;
}

/**
 * Whether `test` holds at every point where the pins can hold together and it can be told
 * (it returns null where a side is undefined), and at enough of them.
 */
function everywhere(
  samples: Samples,
  pins: readonly Pin[],
  test: (p: PinnedPoint) => boolean | null,
): boolean {
  let told = 0;
  let tried = 0;
  for (let k = 0; k < samples.size; k++) {
    // Too few points left to tell, none told at the first few tried, or the pins disagree at
    // most points so far: it cannot be told.
    if (told + samples.size - k < MIN_FINITE || (tried === FIRST_FEW && told === 0)) return false;
    if (k - tried >= 2 * PER_DOMAIN && told === 0) return false;
    const p = samples.at(pins, k);
    if (!p) continue;
    tried++;
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

const sharesFunction = (e: Sides, names: ReadonlySet<string>) =>
  [...functionNames(e.lhs, functionNames(e.rhs, new Set()))].some((n) => names.has(n));

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
  for (const e of related.slice(0, PINS)) {
    const pin = pinOf(e.lhs, e.rhs);
    if (pin) pins.push({ ...pin, source: e, written: showExpr(pin.app) });
  }
  const symbols = symbolsOf([claim.lhs, claim.rhs, ...related.flatMap((e) => [e.lhs, e.rhs])]);
  const samples = new Samples(symbols, `pins:${seedText}`);
  const holds = (ps: readonly Pin[]) => everywhere(samples, ps, (p) => relationAt(p, claim, op));
  // What holds for every function, pinned or not, needs no pin (asked only of the few that hold).
  const sides = [claim.lhs, claim.rhs];
  if (bears(pins, sides) && touches(samples, pins, sides) && holds(pins))
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

export type { SampleVerdict };
