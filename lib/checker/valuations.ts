import { evaluateExact } from './evaluate-exact';
import { type Expr, freeSymbols, num, someNode } from './expr';
import { judgeClosed } from './judge-relation';
import { packedMap } from './packed-map';
import type { RelationOp } from './relations';
import { type SampleVerdict, sampleIdentity } from './sample';

/**
 * p-adic valuations, which the checker otherwise reads as unknown functions (`v_{2}(n)`):
 * put in where they can be computed whatever the context — of a nonzero rational written out
 * (`v_2(24) = 3`), of a power (`v_2(2^d) = d·v_2(2)`), of a product or quotient (the sum or
 * difference of its factors'). What is left (`v_2(k)`) stays an unknown function. A claim
 * that then holds holds; one that does not is left skipped (confirm-only): the text may mean
 * something else by `v_2`, or the claim may need what it knows about the rest.
 */

/** `v_{2}`, `v_3`, `\\nu_{5}`: how the reader names a valuation at a prime. */
const VALUATION = /^(?:v|\\nu)_(?:\{(\d+)\}|(\d))$/;

const isPrime = (p: number) => {
  if (p < 2) return false;
  for (let d = 2; d * d <= p; d++) if (p % d === 0) return false;
  return true;
};

/** The prime of a valuation's name, or 0. */
function primeOf(name: string): number {
  const m = VALUATION.exec(name);
  const p = m ? Number(m[1] ?? m[2]) : 0;
  return p > 0 && p < 1000 && isPrime(p) ? p : 0;
}

/** v_p of a nonzero integer. */
function ofInteger(n: bigint, p: bigint): number {
  let m = n < 0n ? -n : n;
  let v = 0;
  while (m % p === 0n) {
    m /= p;
    v++;
  }
  return v;
}

const isApp = (e: Expr) => e.k === 'app';
const isValuation = (e: Expr) => e.k === 'app' && e.args.length === 1 && primeOf(e.name) > 0;

/** Whether a side writes a valuation at a prime: the cheap test before anything is rewritten. */
export const writesValuation = (e: Expr) => someNode(e, isValuation);

/** What was computed, for the basis ("v_{2}(24) = 3"). */
type Found = string[];

/** v_p(a) with what can be computed put in, or null when nothing can be. */
function valuation(name: string, p: number, a: Expr, found: Found): Expr | null {
  if (freeSymbols(a).size === 0 && !someNode(a, isApp)) {
    const r = evaluateExact(a);
    if (!r || r.n === 0n) return null;
    const v = ofInteger(r.n, BigInt(p)) - ofInteger(r.d, BigInt(p));
    found.push(`${name}(${showRational(r.n, r.d)}) = ${v}`);
    return num(BigInt(v));
  }
  const part = (x: Expr) => valuation(name, p, x, found) ?? ({ k: 'app', name, args: [x] } as Expr);
  switch (a.k) {
    case 'neg':
      return valuation(name, p, a.a, found);
    case 'pow': {
      // v_p(c^e) = e·v_p(c): exact for every integer e (and every nonzero rational c).
      const at = found.length;
      const base = part(a.a);
      if (found.length === at) found.push(`${name}(c^e) = e ${name}(c)`);
      return { k: 'mul', args: [a.b, base] };
    }
    case 'mul': {
      const at = found.length;
      const parts = packedMap(a.args, part);
      return found.length > at ? { k: 'add', args: parts } : null;
    }
    case 'div': {
      const at = found.length;
      const [top, bottom] = [part(a.a), part(a.b)];
      return found.length > at ? { k: 'add', args: [top, { k: 'neg', a: bottom }] } : null;
    }
    default:
      return null;
  }
}

const showRational = (n: bigint, d: bigint) => (d === 1n ? `${n}` : `${n}/${d}`);

/** `e` with every valuation that can be computed put in. */
function putIn(e: Expr, found: Found): Expr {
  switch (e.k) {
    case 'app': {
      const p = e.args.length === 1 ? primeOf(e.name) : 0;
      const args = packedMap(e.args, (a) => putIn(a, found));
      const at = found.length;
      const v = p ? valuation(e.name, p, args[0], found) : null;
      if (v && found.length > at) return v;
      return { k: 'app', name: e.name, args };
    }
    case 'add':
    case 'mul':
      return { k: e.k, args: packedMap(e.args, (a) => putIn(a, found)) };
    case 'fn':
      return { k: 'fn', name: e.name, args: packedMap(e.args, (a) => putIn(a, found)) };
    case 'neg':
      return { k: 'neg', a: putIn(e.a, found) };
    case 'div':
    case 'pow':
      return { k: e.k, a: putIn(e.a, found), b: putIn(e.b, found) };
    case 'root':
      return { k: 'root', a: putIn(e.a, found), n: putIn(e.n, found) };
    default:
      return e;
  }
}

/**
 * A claim with valuations in it, judged with the computable ones put in: "v_2(24) = 3",
 * "v_2(2) + v_2(4) + v - 1 = 1 + 2 + v - 1", "v_2(2k) = 1 + v_2(k)", "v_2(2^d) = d". What is
 * left must hold as an identity in its symbols (and in the valuations left, as unknown
 * functions): holds with the values as its basis, or null (never false).
 */
export function judgeValuations(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  seedText: string,
): (SampleVerdict & { basis: string }) | null {
  if (!writesValuation(lhs) && !writesValuation(rhs)) return null;
  const found: Found = [];
  const l = putIn(lhs, found);
  const r = putIn(rhs, found);
  if (found.length === 0) return null;
  const symbols = [...new Set([...freeSymbols(l), ...freeSymbols(r)])].sort();
  const open = symbols.length > 0 || someNode(l, isApp) || someNode(r, isApp);
  // An open inequality may hold at every small integer the sampler draws and fail at 0 or 1
  // ("v_2(2^d) \\ge 2"): a bound on d the text would have to state.
  if (open && op !== '=') return null;
  const v = open ? sampleIdentity(l, r, op, symbols, seedText) : judgeClosed(l, r, op);
  if (v.verdict !== 'holds') return null;
  return { verdict: 'holds', basis: `holds with ${[...new Set(found)].join(', ')}` };
}
