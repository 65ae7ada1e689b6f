import { evaluateExact, formatRational } from './evaluate-exact';
import { evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols, substitute, usesUnknownFunction } from './expr';
import { hashString, mulberry32 } from './prng';
import type { RelationOp } from './relations';
import { holdsAt, RELATIVE_TOLERANCE, type SampleVerdict } from './sample';
import { judgeOnZeroSet } from './zero-set';

/** A relation the text just stated, which the next one may claim to follow from. */
export interface PriorEquation {
  lhs: Expr;
  rhs: Expr;
  op: RelationOp;
  line: number;
}

/** A relation as "d = 0" or "d ≥ 0" (or "d > 0"): its difference turned the right way. */
function normal(lhs: Expr, rhs: Expr, op: RelationOp): { d: Expr; strict: boolean } {
  const below = op === '<' || op === '<=';
  return {
    d: below ? difference(rhs, lhs) : difference(lhs, rhs),
    strict: op === '<' || op === '>',
  };
}

/**
 * Words and arrows that say the next relation follows from the one before ("so", "i.e.",
 * "\Longrightarrow"). "or" and "and" list alternatives or other facts: no consequence.
 */
const CONSEQUENCE =
  /\\(Longrightarrow|Rightarrow|implies|iff|Leftrightarrow|Longleftrightarrow|therefore)(?![a-zA-Z])|\bi\.\s?e\.|\b(that is|so|hence|thus|therefore|gives?|giving|yields?|we (get|obtain)|implies|equivalently|which means|simplif\w*|factor\w*|rearrang\w*|expand\w*|cancel\w*|collect\w*)\b/i;
const ALTERNATIVE = /\b(or|and|if|when|suppose|case|either)\b|\\(lor|vee)(?![a-zA-Z])/i;

/** Whether the text between two relations claims the second follows from the first. */
export function claimsConsequence(between: string): boolean {
  return between.length <= 100 && CONSEQUENCE.test(between) && !ALTERNATIVE.test(between);
}

/** Whether an equation can be a premise: a side that computes something with a symbol in it. */
export function isPremise(lhs: Expr, rhs: Expr): boolean {
  return computes(lhs) || computes(rhs);
}

/** Made once: asked of every relation read, a closure made per call cost more than the test. */
const computes = (e: Expr) => e.k !== 'sym' && e.k !== 'num' && freeSymbols(e).size > 0;

const difference = (l: Expr, r: Expr): Expr => ({ k: 'add', args: [l, { k: 'neg', a: r }] });
const show = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))));

/**
 * "s^2 - 5s + 6 = 0, so s = 2": a value claimed for the only unknown of the equation before
 * is put into it. It holds when the value solves it, and is false when it does not (the two
 * cannot both be true), with the values as witness.
 */
function judgeRoot(prior: PriorEquation, s: string, value: Expr): SampleVerdict {
  const map = new Map([[s, value]]);
  const l = substitute(prior.lhs, map);
  const r = substitute(prior.rhs, map);
  const le = evaluateExact(l);
  const re = evaluateExact(r);
  const at = `at ${s} = `;
  if (le && re) {
    if (le.n * re.d === re.n * le.d) return { verdict: 'holds' };
    const v = evaluateExact(value);
    return {
      verdict: 'false',
      witness: `${at}${v ? formatRational(v) : '…'} the equation on line ${prior.line} gives left ${formatRational(le)}, right ${formatRational(re)}`,
    };
  }
  const lf = evaluateFloat(l, new Map(), true);
  const rf = evaluateFloat(r, new Map(), true);
  if (!Number.isFinite(lf) || !Number.isFinite(rf))
    return { verdict: 'skipped', reason: 'cannot evaluate' };
  if (holdsAt(lf, rf, '=')) return { verdict: 'holds' };
  return {
    verdict: 'false',
    witness: `${at}${show(evaluateFloat(value, new Map(), true))} the equation on line ${prior.line} gives left ${show(lf)}, right ${show(rf)}`,
  };
}

const SAMPLES = 10;

/** (left − right) of one relation as a fixed multiple of another's plus a constant, if it is. */
function affineFit(
  d1: Expr,
  d2: Expr,
  symbols: string[],
  seedText: string,
): { factor: number; delta: number; scale: number } | null {
  const random = mulberry32(hashString(`follows:${seedText}`));
  const points: [number, number][] = [];
  for (let k = 0; k < SAMPLES * 2 && points.length < SAMPLES; k++) {
    const at = new Map(symbols.map((s) => [s, (random() - 0.3) * 6]));
    const a = evaluateFloat(d1, at, false, k);
    const b = evaluateFloat(d2, at, false, k);
    if (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a) > 1e-6) points.push([a, b]);
  }
  if (points.length < 4) return null;
  const [[a0, b0], [a1, b1]] = points;
  const factor = (b1 - b0) / (a1 - a0);
  const delta = b0 - factor * a0;
  const fits = points.every(([a, b]) => holdsAt(b, factor * a + delta, '=', 1e-7));
  if (!fits || !Number.isFinite(factor) || Math.abs(factor) < RELATIVE_TOLERANCE) return null;
  const scale = Math.max(1, ...points.map(([a, b]) => Math.abs(b) + Math.abs(factor * a)));
  return { factor, delta, scale };
}

/**
 * "3c - ac - c = 0 \Longrightarrow 2c - ac = 0": the relation is the one before rearranged
 * when (left - right) is a fixed nonzero multiple of the one before's at random points. An
 * equation is false when it is that multiple plus a nonzero constant: wherever the one
 * before holds it fails. "p^3 + 9r \ge 2p(p^2 - 1) \Longrightarrow 9r \ge p^3 - 2p": an
 * inequality follows when it is a positive multiple plus a constant that only loosens it.
 * Anything else may use other facts of the proof: null.
 */
function judgeRearranged(
  prior: PriorEquation,
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  symbols: string[],
  seedText: string,
): SampleVerdict | null {
  if ((prior.op === '=') !== (op === '=')) return null;
  const before = normal(prior.lhs, prior.rhs, prior.op);
  const now = normal(lhs, rhs, op);
  const fit = affineFit(before.d, now.d, symbols, seedText);
  if (!fit) return null;
  const tolerance = 1e-7 * fit.scale;
  if (op !== '=') {
    const loosens = now.strict && !before.strict ? fit.delta > tolerance : fit.delta >= -tolerance;
    return fit.factor > 0 && loosens ? { verdict: 'holds' } : null;
  }
  if (Math.abs(fit.delta) <= tolerance) return { verdict: 'holds' };
  return {
    verdict: 'false',
    witness: `it is the equation on line ${prior.line} moved by a constant: where that one holds, left − right = ${show(fit.delta)}`,
  };
}

/**
 * A relation the text says follows from the equation just before it, checked against that
 * equation alone; null when that says nothing (the step may use other facts). When the text
 * names another fact right after it ("(since h^2 + k^2 = r^2)"), only a rearrangement is judged.
 */
export function judgeFromPrior(
  prior: PriorEquation,
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  seedText: string,
  citesOtherFacts = false,
): SampleVerdict | null {
  const before = new Set([...freeSymbols(prior.lhs), ...freeSymbols(prior.rhs)]);
  const now = new Set([...freeSymbols(lhs), ...freeSymbols(rhs)]);
  if (now.size === 0 || [...now].some((s) => !before.has(s))) return null;
  if (
    before.size === 1 &&
    prior.op === '=' &&
    op === '=' &&
    !usesUnknownFunction(prior.lhs, prior.rhs)
  ) {
    const [s] = before;
    if (lhs.k === 'sym' && freeSymbols(rhs).size === 0) return judgeRoot(prior, s, rhs);
    if (rhs.k === 'sym' && freeSymbols(lhs).size === 0) return judgeRoot(prior, s, lhs);
  }
  const symbols = [...before].sort();
  const rearranged = judgeRearranged(prior, lhs, rhs, op, symbols, seedText);
  if (rearranged || prior.op !== '=' || op !== '=' || citesOtherFacts) return rearranged;
  if (!restatesPremise(before, now, lhs, rhs)) return null;
  if (usesUnknownFunction(prior.lhs, prior.rhs) || usesUnknownFunction(lhs, rhs)) return null;
  return judgeOnZeroSet(prior, lhs, rhs, symbols, seedText);
}

/**
 * A consequence that restates the premise in other terms: over the same symbols, both sides
 * computed ("a^2 - ab = b^3 + 1 \Longrightarrow a(a-b) = (b+1)(b^2-b+1)"). A value ("a = d",
 * "y = …"), an equation against a number ("m + n = 11") or one over fewer symbols is how a
 * proof brings in its other facts, so it is not judged against the premise alone.
 */
function restatesPremise(before: Set<string>, now: Set<string>, lhs: Expr, rhs: Expr): boolean {
  const computed = (e: Expr) => e.k !== 'sym' && e.k !== 'num' && freeSymbols(e).size > 0;
  return before.size === now.size && computed(lhs) && computed(rhs);
}
