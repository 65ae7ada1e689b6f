import { evaluateFloat } from './evaluate-float';
import { type Expr, INTEGER_FUNCTIONS, someNode } from './expr';
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
  const integerOnly = [lhs, rhs].some((e) =>
    someNode(e, (n) => n.k === 'fn' && INTEGER_FUNCTIONS.has(n.name)),
  );
  const skip: SampleVerdict = {
    verdict: 'skipped',
    reason: 'depends on context (an inequality that holds only for some values)',
  };
  for (const [d, domain] of DOMAINS.entries()) {
    const integers = domain === 'small positive integers';
    if (integerOnly && !integers) continue;
    let finite = 0;
    for (let s = 0; s < SAMPLES_PER_DOMAIN; s++) {
      const at = new Map(symbols.map((name) => [name, draw(domain, bounds.get(name), random)]));
      const salt = d * SAMPLES_PER_DOMAIN + s;
      const l = evaluateFloat(lhs, at, integers, salt);
      const r = evaluateFloat(rhs, at, integers, salt);
      if (!Number.isFinite(l) || !Number.isFinite(r)) continue;
      finite++;
      if (!holdsStrictly(l, r, op)) return skip;
    }
    if (finite < MIN_FINITE) return skip;
  }
  return { verdict: 'holds' };
}
