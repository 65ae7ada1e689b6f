import { type Assignment, evaluateFloat } from './evaluate-float';
import { type Expr, hasSymbolicBounds, INTEGER_FUNCTIONS, someNode } from './expr';
import { hashString, mulberry32 } from './prng';
import type { RelationOp } from './relations';

const isIntegerFunction = (n: Expr) => n.k === 'fn' && INTEGER_FUNCTIONS.has(n.name);
/** Floor, ceiling, factorial, binomial, or a sum with symbolic bounds: values at integers only. */
const integerValued = (e: Expr) => someNode(e, isIntegerFunction) || hasSymbolicBounds(e);

/** Where free symbols are drawn from. Each relation is tried on all three. */
export const DOMAINS = ['small positive integers', 'positive reals', 'reals'] as const;
export type Domain = (typeof DOMAINS)[number];

const SAMPLES_PER_DOMAIN = 8;
/** Fewer finite samples than this and the checker does not judge. */
const MIN_FINITE = 4;
/** Draws past a domain's first, for an integer claim that held at too few telling ones. */
const MORE_INTEGER_DRAWS = 24;
/** Draws that are not 0 = 0 (or 1 = 1) an integer claim should have held at. */
const MIN_INFORMATIVE = 2;
/** Relative tolerance for equality of floating-point values. */
export const RELATIVE_TOLERANCE = 1e-9;

export function drawFrom(domain: Domain, random: () => number): number {
  if (domain === 'small positive integers') return 1 + Math.floor(random() * 9);
  if (domain === 'positive reals') return 0.1 + random() * 4.9;
  return (random() - 0.5) * 10;
}

/** Whether `l op r` holds up to the tolerance (which also makes `<` as lenient as `≤`). */
export function holdsAt(
  l: number,
  r: number,
  op: RelationOp,
  tolerance = RELATIVE_TOLERANCE,
): boolean {
  const tol = tolerance * Math.max(1, Math.abs(l), Math.abs(r));
  switch (op) {
    case '=':
    case '~':
      return Math.abs(l - r) <= tol;
    case '!=':
      return Math.abs(l - r) > tol;
    case '<':
    case '<=':
      return l <= r + tol;
    case '>':
    case '>=':
      return l >= r - tol;
  }
}

/**
 * Both sides so near zero that the absolute part of the tolerance calls them equal
 * ("9^{14M}" and "16^{14M}" at M = -3): such a sample cannot tell an identity from none.
 */
const tiny = (l: number, r: number) => Math.max(Math.abs(l), Math.abs(r)) < 1e-6;

/** The skip reason of an equation that held only where small-integer draws coincided. */
export const COINCIDENCE = 'holds only where integer values coincide: depends on context';

/** An equation met at a value every claim of its kind meets: 0 = 0, or 1 = 1 over integers. */
const trivially = (op: RelationOp, l: number, r: number, integerOnly: boolean) =>
  op === '=' && l === r && (l === 0 || (integerOnly && l === 1));

export type SampleVerdict =
  | { verdict: 'holds' }
  | { verdict: 'false'; witness: string }
  | {
      verdict: 'skipped';
      reason: string;
      /** For COINCIDENCE: where it failed, and the integer samples where it held. */
      witness?: string;
      heldAt?: readonly Assignment[];
    };

const show = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))));

function witnessAt(at: Assignment, l: number, r: number): string {
  const values = [...at].map(([k, v]) => `${k} = ${show(v)}`).join(', ');
  return `at ${values}: left ${show(l)}, right ${show(r)}`;
}

/**
 * Checks `lhs op rhs` as an identity in `symbols` by random substitution. It holds when every
 * finite sample of some domain satisfies it. It is false when it fails at every sample where
 * both sides are finite, in every domain, and holds at none. An equation that held only at
 * small-integer samples, and at no real one (positive reals, reals) of enough, is skipped as
 * COINCIDENCE with a real witness: "(k+i)(k-j)" for "(k-i)(k-j)" agrees only where integer
 * draws make j = k, but so does a claim true because the text said "Δ = ρ - 1" (the caller
 * decides, by what the text stated). An equation true on a stretch of the reals ("1 - a =
 * |a - 1|" for a ≤ 1) holds at some real sample there, and stays "only for some values".
 */
export function sampleIdentity(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  symbols: string[],
  seedText: string,
): SampleVerdict {
  const random = mulberry32(hashString(seedText));
  // A sum whose bounds are symbols ("\\sum_{i=1}^{n}") has a value only at integers.
  const integerOnly = integerValued(lhs) || integerValued(rhs);
  let finite = 0;
  /** Samples that held, but for those where both sides are exactly 0 (see below). */
  let held = 0;
  let witness: string | null = null;
  const reals = { finite: 0, held: 0, witness: null as string | null };
  const heldAtIntegers: Assignment[] = [];
  // A sample is read before the next is drawn: one map serves them all, but for the integer
  // samples that held, which are kept (heldAtIntegers): the next gets a new map.
  const realAt = new Map<string, number>();
  let integerAt = new Map<string, number>();
  for (let d = 0; d < DOMAINS.length; d++) {
    const domain = DOMAINS[d];
    const integers = domain === 'small positive integers';
    if (integerOnly && !integers) continue;
    let domainFinite = 0;
    let domainHeld = 0;
    let informative = 0;
    let samples = SAMPLES_PER_DOMAIN;
    for (let s = 0; ; s++) {
      // "\\binom{N}{r} = \\binom{N+1}{r+1} - \\binom{N}{r+2}" after r = k + m is 0 = 0 wherever
      // the draws put r past N: held at every draw, but at hardly one that tells. An
      // integer claim is drawn further until some do, or until it fails.
      if (s === samples) {
        const untold = domainHeld === domainFinite && informative < MIN_INFORMATIVE;
        if (samples > SAMPLES_PER_DOMAIN || !integers || !integerOnly || !untold) break;
        samples += MORE_INTEGER_DRAWS;
      }
      const at = integers ? integerAt : realAt;
      at.clear();
      for (let i = 0; i < symbols.length; i++) at.set(symbols[i], drawFrom(domain, random));
      const salt = d * SAMPLES_PER_DOMAIN + s;
      const l = evaluateFloat(lhs, at, integers, salt);
      const r = evaluateFloat(rhs, at, integers, salt);
      if (!Number.isFinite(l) || !Number.isFinite(r)) continue;
      domainFinite++;
      if (!integers && !tiny(l, r)) reals.finite++;
      if (holdsAt(l, r, op)) {
        domainHeld++;
        // Both sides of an equation exactly 0 ("\\binom{N}{r+2}" and "\\binom{N}{r}" past N),
        // or, for sums, products and binomials, both exactly 1 (an empty product at n = 1):
        // any claim of the kind holds there; it counts toward holding throughout, not
        // against false.
        if (!trivially(op, l, r, integerOnly)) informative++;
        if (!integers && !tiny(l, r)) reals.held++;
        if (integers) {
          heldAtIntegers.push(at);
          integerAt = new Map();
        }
      } else {
        if (!witness) witness = witnessAt(at, l, r);
        if (!integers && !reals.witness) reals.witness = witnessAt(at, l, r);
        // This domain can no longer hold throughout, and once some sample held (a real one,
        // for an equation) and enough were finite, the verdict cannot be false or "no finite
        // values": only a later domain can still change it, so the rest of this one is not
        // evaluated. Its draws are still taken, so a later domain gets the values it always got.
        const settled = op !== '=' || integers || reals.held > 0;
        if (held + informative > 0 && settled && finite + domainFinite >= MIN_FINITE) {
          for (let k = (SAMPLES_PER_DOMAIN - 1 - s) * symbols.length; k > 0; k--) random();
          break;
        }
      }
    }
    finite += domainFinite;
    held += informative;
    // Held at every finite sample of a domain: nothing later can make it false.
    if (domainFinite >= MIN_FINITE && domainHeld === domainFinite) return { verdict: 'holds' };
  }
  if (finite < MIN_FINITE)
    return {
      verdict: 'skipped',
      reason: integerOnly
        ? 'floor, ceiling, factorial or sum with no integer values'
        : 'no finite values to compare',
    };
  if (held === 0 && witness) return { verdict: 'false', witness };
  if (op === '=' && reals.held === 0 && reals.finite >= MIN_FINITE && reals.witness)
    return {
      verdict: 'skipped',
      reason: COINCIDENCE,
      witness: reals.witness,
      heldAt: heldAtIntegers,
    };
  return { verdict: 'skipped', reason: 'holds only for some values: depends on context' };
}
