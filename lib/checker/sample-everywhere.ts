import { EdgePoints, failsNearEdge } from './edge-probe';
import { evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols, INTEGER_FUNCTIONS, someNode, usesUnknownFunction } from './expr';
import { jsonEqual } from './json-equal';
import { packedMap } from './packed-map';
import { hashString, mulberry32 } from './prng';
import type { RelationOp } from './relations';
import { DOMAINS, type Domain, holdsAt, type SampleVerdict } from './sample';
import type { StatedBound, StatedBounds } from './stated-bounds';

const SAMPLES_PER_DOMAIN = 16;
const MIN_FINITE = 8;

/**
 * A magnitude spread over many scales (0.001 to 10,000): a claim like "|A| \le 1000" must
 * meet large values as well as small ones before it is said to hold.
 */
const magnitude = (random: () => number) => 10 ** (-3 + 7 * random());

/** A value from `domain`, moved into the half-line the text stated for the symbol. */
function draw(domain: Domain, bound: StatedBound | undefined, random: () => number): number {
  const integer = domain === 'small positive integers';
  const size = magnitude(random);
  if (!bound) {
    if (integer) return random() < 0.5 ? 1 + Math.floor(random() * 9) : Math.ceil(size);
    if (domain === 'positive reals') return size;
    return random() < 0.5 ? size : -size;
  }
  // Integers from the bound on (past it when strict); reals past it.
  const past = bound.strict || !Number.isInteger(bound.at) ? 1 : 0;
  const step = integer ? Math.floor(random() < 0.5 ? random() * 9 : size) + past : size;
  const start = integer
    ? bound.side === 'lower'
      ? Math.floor(bound.at)
      : Math.ceil(bound.at)
    : bound.at;
  return bound.side === 'lower' ? start + step : start - step;
}

const isIntegerFunction = (n: Expr) => n.k === 'fn' && INTEGER_FUNCTIONS.has(n.name);

/**
 * Whether an expression's value depends on nothing but the domain's kind (`integers`): no
 * free symbol to draw, no unknown function whose value changes with the sample's salt.
 */
const isConstant = (e: Expr) => freeSymbols(e).size === 0 && !usesUnknownFunction(e);

const skippedHere = (): SampleVerdict => ({
  verdict: 'skipped',
  reason: 'depends on context (an inequality that holds only for some values)',
});

/** Strict signs are read strictly here: `2M(M-1) > 0` does not hold at M = 1. */
function holdsStrictly(l: number, r: number, op: RelationOp): boolean {
  if (op === '<') return l < r;
  if (op === '>') return l > r;
  return holdsAt(l, r, op);
}

/**
 * A relation the text asserts in context ("\frac{y + \sqrt{y^2+4}}{2} > 0"), checked over
 * every value the text allows: each symbol in the half-line the text last stated for it
 * ("x > 0", "n \ge 2"), otherwise over the integers, positive reals and reals alike. It
 * holds only when it holds at every sample of every domain; anything else is a skip (the
 * proof's other conditions may decide it), never false.
 */
export function sampleEverywhere(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  symbols: string[],
  bounds: StatedBounds,
  seedText: string,
): SampleVerdict {
  const random = mulberry32(hashString(`inequality:${seedText}`));
  const integerOnly = someNode(lhs, isIntegerFunction) || someNode(rhs, isIntegerFunction);
  // Each symbol's stated bound, looked up once, not at every draw.
  const symbolBounds = packedMap(symbols, (name) => bounds.get(name));
  // A side with no symbol and no unknown function ("a_4 \\le 2^4 + 4") has one value in a
  // domain, whatever the point: evaluated once per domain, not at each sample.
  const lConstant = isConstant(lhs);
  const rConstant = isConstant(rhs);
  // A point is read before the next is drawn and never kept: one map serves every sample.
  const at = new Map<string, number>();
  // Where the sides had values and where not, in each real domain: the edges to search.
  const edges = symbols.length > 0 && !integerOnly && !usesUnknownFunction(lhs, rhs);
  for (let d = 0; d < DOMAINS.length; d++) {
    const domain = DOMAINS[d];
    const integers = domain === 'small positive integers';
    if (integerOnly && !integers) continue;
    const points = edges && !integers ? new EdgePoints() : null;
    const lValue = lConstant ? evaluateFloat(lhs, at, integers) : 0;
    const rValue = rConstant ? evaluateFloat(rhs, at, integers) : 0;
    // Never finite in this domain: too few finite samples, as sampling it would find.
    if (!Number.isFinite(lValue) || !Number.isFinite(rValue)) return skippedHere();
    let finite = 0;
    for (let s = 0; s < SAMPLES_PER_DOMAIN; s++) {
      for (let i = 0; i < symbols.length; i++)
        at.set(symbols[i], draw(domain, symbolBounds[i], random));
      const salt = d * SAMPLES_PER_DOMAIN + s;
      const l = lConstant ? lValue : evaluateFloat(lhs, at, integers, salt);
      const r = rConstant ? rValue : evaluateFloat(rhs, at, integers, salt);
      const has = Number.isFinite(l) && Number.isFinite(r);
      if (points) points.keep(symbols, at, has);
      if (!has) continue;
      finite++;
      if (!holdsStrictly(l, r, op)) return skippedHere();
    }
    if (finite < MIN_FINITE) return skippedHere();
    if (points && failsNearEdge(lhs, rhs, symbols, points, (l, r) => holdsStrictly(l, r, op)))
      return skippedHere();
  }
  return { verdict: 'holds' };
}

interface Sampled {
  lhs: Expr;
  rhs: Expr;
  symbols: readonly string[];
  bounds: readonly (StatedBound | undefined)[];
  verdict: SampleVerdict;
}

/** Sampled claims per check, by the text they were seeded with and their sign. */
const sampledMemo = new WeakMap<StatedBounds, Map<string, Sampled[]>>();

const sameBound = (a: StatedBound | undefined, b: StatedBound | undefined) =>
  a === b || (!!a && !!b && a.side === b.side && a.at === b.at && a.strict === b.strict);

function sameSampling(
  s: Sampled,
  lhs: Expr,
  rhs: Expr,
  symbols: readonly string[],
  bounds: readonly (StatedBound | undefined)[],
): boolean {
  if (s.symbols.length !== symbols.length) return false;
  for (let i = 0; i < symbols.length; i++)
    if (s.symbols[i] !== symbols[i] || !sameBound(s.bounds[i], bounds[i])) return false;
  return jsonEqual(s.lhs, lhs) && jsonEqual(s.rhs, rhs);
}

/**
 * `sampleEverywhere`, once per check for a claim written again with the same bounds on its
 * symbols ("By the previous step, a_4 \\le 2^4 + 4" after the step that claimed it): the
 * same sides, sign, seed and bounds draw the same points and give the same verdict. Keyed
 * by the check's own bounds map, so nothing is kept from one check to the next.
 */
export function sampleEverywhereOnce(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  symbols: string[],
  bounds: StatedBounds,
  seedText: string,
): SampleVerdict {
  let byText = sampledMemo.get(bounds);
  if (!byText) {
    byText = new Map();
    sampledMemo.set(bounds, byText);
  }
  const key = `${op} ${seedText}`;
  const symbolBounds = packedMap(symbols, (name) => bounds.get(name));
  const earlier = byText.get(key);
  if (earlier)
    for (const s of earlier) if (sameSampling(s, lhs, rhs, symbols, symbolBounds)) return s.verdict;
  const verdict = sampleEverywhere(lhs, rhs, op, symbols, bounds, seedText);
  const entry = { lhs, rhs, symbols, bounds: symbolBounds, verdict };
  if (earlier) earlier.push(entry);
  else byText.set(key, [entry]);
  return verdict;
}
