import { evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols } from './expr';
import { finiteEverywhere } from './finite-everywhere';
import { jsonEqual } from './json-equal';
import { hashString, mulberry32 } from './prng';
import type { RelationOp } from './relations';
import { DOMAINS, drawFrom, holdsAt } from './sample';
import type { SharedPoints, Sides } from './shared-points';

/**
 * The sampling `through-earlier.ts` asks for: stricter than an identity's (every domain, not
 * some), since what it confirms rests on other lines as well.
 */

/** The free symbols of both, each once, sorted. */
function symbolsOf(a: Expr, b: Expr): string[] {
  const out = new Set(freeSymbols(a));
  for (const s of freeSymbols(b)) out.add(s);
  return Array.from(out).sort();
}

/**
 * Whether `l op r` holds at every sample of every domain where both sides are finite (and
 * enough are): "R > |d|" after "R = \\sqrt{l^2 + d^2}", but not "4M \\ge 4" after "M = n^2 +
 * n + 1" (true for integers n only, which the claim does not say). The points are `perDomain`
 * over the small positive integers, positive reals, reals, and reals between -1 and 1 in turn
 * (where "n^2 + n + 1 \\ge 1" fails). One map, refilled: a point is read before the next is
 * drawn. Plain loops: a generator yielding each point cost more than most claims' sampling.
 */
export function holdsInEveryDomain(
  l: Expr,
  r: Expr,
  op: RelationOp,
  symbols: readonly string[],
  seedText: string,
  perDomain = 8,
  minFinite = 8,
): boolean {
  let finite = 0;
  const strict = op === '<' || op === '>';
  const random = mulberry32(hashString(`every:${seedText}`));
  const at = new Map<string, number>();
  for (let d = 0; d <= DOMAINS.length; d++) {
    const integers = DOMAINS[d] === 'small positive integers';
    for (let k = 0; k < perDomain; k++) {
      for (let i = 0; i < symbols.length; i++)
        at.set(symbols[i], d < DOMAINS.length ? drawFrom(DOMAINS[d], random) : 2 * random() - 1);
      const salt = d * perDomain + k;
      const a = evaluateFloat(l, at, integers, salt);
      // One expression on both sides has one value at a point (`sameFunction` of a side
      // written again): evaluated once.
      const b = r === l ? a : evaluateFloat(r, at, integers, salt);
      if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
      // "S > m√2" does not follow from "S = m√2": a strict sign is met strictly.
      if (!holdsAt(a, b, op) || (strict && holdsAt(a, b, '='))) return false;
      finite++;
    }
  }
  return finite >= minFinite;
}

/**
 * Whether `a` and `b` agree wherever both are finite: one function. Four points do (a floor
 * or a binomial has values at the integers only).
 */
export function sameFunction(a: Expr, b: Expr, seedText: string): boolean {
  if (!jsonEqual(a, b))
    return holdsInEveryDomain(a, b, '=', symbolsOf(a, b), `same:${seedText}`, 4, 4);
  // Written the same, they have the same value at every point, so they agree at each finite
  // one: a polynomial is finite at all 16, enough without drawing them; else one is evaluated.
  return (
    finiteEverywhere(a) || holdsInEveryDomain(a, a, '=', symbolsOf(a, a), `same:${seedText}`, 4, 4)
  );
}

/**
 * A quick no before the full sampling: `l op r` fails at a positive real point and at a
 * small-integer one, both sides finite at each, so it holds throughout no domain the
 * checker samples. Most claims tried against earlier lines stop here.
 */
export function failsAtOnce(
  l: Expr,
  r: Expr,
  op: RelationOp,
  symbols: readonly string[],
  seedText: string,
): boolean {
  const random = mulberry32(hashString(`once:${seedText}`));
  const at = new Map<string, number>();
  for (let pass = 0; pass < 2; pass++) {
    const integers = pass === 1;
    const domain = integers ? 'small positive integers' : 'positive reals';
    // A point where a side is undefined (a root of a negative) says nothing: up to 3 tries.
    let failed = false;
    for (let tries = 0; tries < 3 && !failed; tries++) {
      for (let i = 0; i < symbols.length; i++) at.set(symbols[i], drawFrom(domain, random));
      const a = evaluateFloat(l, at, integers);
      const b = evaluateFloat(r, at, integers);
      if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
      if (holdsAt(a, b, op)) return false;
      failed = true;
    }
    if (!failed) return false;
  }
  return true;
}

/**
 * Whether the claim's (left − right) is a nonzero constant multiple of the equation's, as
 * functions: the equation with the same done to both sides, so one holds exactly where the
 * other does.
 */
export function multipleOf(claim: Sides, e: Sides, points: SharedPoints): boolean {
  let factor: number | null = null;
  let finite = 0;
  for (let k = 0; k < points.size; k++) {
    const y = points.gap(e, k);
    if (!Number.isFinite(y)) continue;
    const x = points.gap(claim, k);
    if (!Number.isFinite(x)) continue;
    if (Math.abs(y) < 1e-9) {
      if (Math.abs(x) > 1e-9) return false;
      continue;
    }
    factor ??= x / y;
    if (!holdsAt(x, factor * y, '=', 1e-8)) return false;
    finite++;
  }
  return factor !== null && Math.abs(factor) > 1e-9 && finite >= 8;
}
