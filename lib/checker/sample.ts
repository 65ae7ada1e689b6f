import { type Assignment, evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols, INTEGER_FUNCTIONS, someNode } from './expr';
import { hashString, mulberry32 } from './prng';
import type { RelationOp } from './relations';

/** Where free symbols are drawn from. Each relation is tried on all three. */
export const DOMAINS = ['small positive integers', 'positive reals', 'reals'] as const;
export type Domain = (typeof DOMAINS)[number];

const SAMPLES_PER_DOMAIN = 8;
/** Fewer finite samples than this and the checker does not judge. */
const MIN_FINITE = 4;
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

export type SampleVerdict =
  | { verdict: 'holds' }
  | { verdict: 'false'; witness: string }
  | { verdict: 'skipped'; reason: string };

const show = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))));

function witnessAt(at: Assignment, l: number, r: number): string {
  const values = [...at].map(([k, v]) => `${k} = ${show(v)}`).join(', ');
  return `at ${values}: left ${show(l)}, right ${show(r)}`;
}

/**
 * Checks `lhs op rhs` as an identity in `symbols` by random substitution. It is false only
 * when it fails at every sample where both sides are finite, in every domain, and holds at
 * none; it holds when every finite sample of some domain satisfies it.
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
  const integerOnly = [lhs, rhs].some((e) =>
    someNode(
      e,
      (n) =>
        (n.k === 'fn' && INTEGER_FUNCTIONS.has(n.name)) ||
        (n.k === 'big' && (freeSymbols(n.lo).size > 0 || freeSymbols(n.hi).size > 0)),
    ),
  );
  let finite = 0;
  let held = 0;
  let witness: string | null = null;
  for (const [d, domain] of DOMAINS.entries()) {
    const integers = domain === 'small positive integers';
    if (integerOnly && !integers) continue;
    let domainFinite = 0;
    let domainHeld = 0;
    for (let s = 0; s < SAMPLES_PER_DOMAIN; s++) {
      const at = new Map<string, number>();
      for (const name of symbols) at.set(name, drawFrom(domain, random));
      const salt = d * SAMPLES_PER_DOMAIN + s;
      const l = evaluateFloat(lhs, at, integers, salt);
      const r = evaluateFloat(rhs, at, integers, salt);
      if (!Number.isFinite(l) || !Number.isFinite(r)) continue;
      domainFinite++;
      if (holdsAt(l, r, op)) domainHeld++;
      else {
        if (!witness) witness = witnessAt(at, l, r);
        // This domain can no longer hold throughout, and once some sample held and enough
        // were finite, the verdict cannot be false or "no finite values": only a later
        // domain can still change it, so the rest of this one is not evaluated. Its draws
        // are still taken, so a later domain gets the values it always got.
        if (held + domainHeld > 0 && finite + domainFinite >= MIN_FINITE) {
          for (let k = (SAMPLES_PER_DOMAIN - 1 - s) * symbols.length; k > 0; k--) random();
          break;
        }
      }
    }
    finite += domainFinite;
    held += domainHeld;
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
  return { verdict: 'skipped', reason: 'holds only for some values: depends on context' };
}
