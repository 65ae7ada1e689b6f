import { evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols, usesUnknownFunction } from './expr';
import { hashString, mulberry32 } from './prng';
import { DOMAINS, type Domain, drawFrom, holdsAt } from './sample';

const TRIES = 8;

const MIN_FINITE = 4;

/**
 * Whether `e` keeps its value when only `extra` change: "C - (x + C - y)" does not depend on
 * C, "\tan(n\pi + \delta)" not on n at integers. A side written with symbols the other side
 * lacks, all of which cancel, is a simplification the text claims, not a condition linking
 * them. True when, in some domain, every one of enough finite pairs of values agrees.
 */
function cancels(e: Expr, kept: string[], extra: string[], seedText: string): boolean {
  const random = mulberry32(hashString(`cancels:${seedText}`));
  return DOMAINS.some((domain) => cancelsIn(e, kept, extra, domain, random));
}

function cancelsIn(
  e: Expr,
  kept: string[],
  extra: string[],
  domain: Domain,
  random: () => number,
): boolean {
  const integers = domain === 'small positive integers';
  const point = new Map<string, number>();
  let finite = 0;
  for (let s = 0; s < TRIES; s++) {
    for (const name of kept) point.set(name, drawFrom(domain, random));
    for (const name of extra) point.set(name, drawFrom(domain, random));
    const a = evaluateFloat(e, point, integers, s);
    for (const name of extra) point.set(name, drawFrom(domain, random));
    const b = evaluateFloat(e, point, integers, s);
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    finite++;
    if (!holdsAt(a, b, '=')) return false;
  }
  return finite >= MIN_FINITE;
}

/**
 * "C - (x + C - y) = y - x", "(x + 2c) - x = 2c", "c \\cdot 0 = 0": sides over different symbols,
 * neither a bare symbol, where every symbol one side has and the other lacks cancels out of it. In an unknown function nothing is
 * known to cancel.
 */
export function simplifiesAway(l: Expr, r: Expr, seedText: string): boolean {
  if (l.k === 'sym' || r.k === 'sym' || usesUnknownFunction(l, r)) return false;
  const ls = freeSymbols(l);
  const rs = freeSymbols(r);
  const extraL = [...ls].filter((s) => !rs.has(s));
  const extraR = [...rs].filter((s) => !ls.has(s));
  const keptL = [...ls].filter((s) => rs.has(s));
  const keptR = [...rs].filter((s) => ls.has(s));
  if (extraL.length + extraR.length === 0) return false;
  return (
    (extraL.length === 0 || cancels(l, keptL, extraL, seedText)) &&
    (extraR.length === 0 || cancels(r, keptR, extraR, seedText))
  );
}
