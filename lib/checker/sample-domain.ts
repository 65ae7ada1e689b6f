import { evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols } from './expr';
import { hashString, mulberry32 } from './prng';
import type { RelationOp } from './relations';
import { holdsAt, type SampleVerdict } from './sample';
import type { StatedDomain } from './stated-domain';

const SAMPLES = 48;
/** Fewer finite samples than this and nothing is said. */
const MIN_FINITE = 16;

const show = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))));

/** A value inside the domain: spread over its width, with more near its ends. */
function draw(d: StatedDomain, random: () => number): number | null {
  const u = random();
  // Towards an end: u^3 puts a third of the draws within 4% of it.
  const near = u < 0.5 ? (2 * u) ** 3 : 1 - (2 * (1 - u)) ** 3;
  let x: number;
  if (Number.isFinite(d.lo) && Number.isFinite(d.hi)) x = d.lo + (d.hi - d.lo) * near;
  else {
    const size = 10 ** (-3 + 7 * random());
    if (Number.isFinite(d.lo)) x = d.lo + size;
    else if (Number.isFinite(d.hi)) x = d.hi - size;
    else x = random() < 0.5 ? size : -size;
  }
  if (d.integers) {
    x = Math.round(x);
    if (d.loOpen ? x <= d.lo : x < d.lo) x = Math.floor(d.lo) + 1;
    if (d.hiOpen ? x >= d.hi : x > d.hi) return null;
  }
  if ((d.loOpen && x <= d.lo) || (d.hiOpen && x >= d.hi) || x < d.lo || x > d.hi) return null;
  return x;
}

/**
 * A relation the text claims for every value of its symbols in a stated domain ("for every
 * \\(x \\in (0, 1)\\)"), sampled inside that domain. It is false when some sample inside the
 * domain, with both sides finite, fails it (the witness names it); it holds when every one
 * of enough finite samples satisfies it; null when the domains do not cover its symbols.
 */
export function sampleOnDomain(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  domains: readonly StatedDomain[],
  seedText: string,
): (SampleVerdict & { given?: string }) | null {
  const symbols = [...new Set([...freeSymbols(lhs), ...freeSymbols(rhs)])].sort();
  const domainOf = new Map<string, StatedDomain>();
  for (const d of domains) for (const s of d.symbols) if (!domainOf.has(s)) domainOf.set(s, d);
  if (symbols.length === 0 || symbols.some((s) => !domainOf.has(s))) return null;
  const random = mulberry32(hashString(`domain:${seedText}`));
  const integers = symbols.every((s) => domainOf.get(s)?.integers);
  let finite = 0;
  for (let k = 0; k < SAMPLES; k++) {
    const at = new Map<string, number>();
    for (const s of symbols) {
      const x = draw(domainOf.get(s) as StatedDomain, random);
      if (x !== null) at.set(s, x);
    }
    if (at.size < symbols.length) continue;
    const l = evaluateFloat(lhs, at, integers, k);
    const r = evaluateFloat(rhs, at, integers, k);
    if (!Number.isFinite(l) || !Number.isFinite(r)) continue;
    finite++;
    if (!holdsAt(l, r, op, 1e-9)) {
      const values = [...at].map(([s, v]) => `${s} = ${show(v)}`).join(', ');
      const where = [...new Set(symbols.map((s) => domainOf.get(s)?.text))].join(', ');
      return {
        verdict: 'false',
        witness: `at ${values} (${where}): left ${show(l)}, right ${show(r)}`,
      };
    }
  }
  return finite >= MIN_FINITE ? { verdict: 'holds' } : null;
}
