import type { EarlierEquation } from './earlier-equations';
import { evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols, isAtom, someNode, substitute, usesUnknownFunction } from './expr';
import { jsonEqual } from './json-equal';
import { writtenAlike } from './order-free-key';
import type { RelationOp } from './relations';
import { type SampleVerdict, sampleIdentity } from './sample';
import { SharedPoints, type Sides } from './shared-points';
import {
  failsAtOnce,
  holdsInEveryDomain,
  multipleOf,
  sameFunction,
} from './through-earlier-samples';
import { throughPins } from './through-pins';
import { twoEquations } from './two-equations';

const closed = (e: Expr) => freeSymbols(e).size === 0;
function symbolsOf(a: Expr, b: Expr): string[] {
  const out = new Set(freeSymbols(a));
  for (const s of freeSymbols(b)) out.add(s);
  return [...out].sort();
}

/** Whether the claim says again what an earlier equation said, side for side. */
function restates(lhs: Expr, rhs: Expr, e: EarlierEquation, seedText: string): boolean {
  return (
    (sameFunction(lhs, e.lhs, seedText) && sameFunction(rhs, e.rhs, seedText)) ||
    (sameFunction(lhs, e.rhs, seedText) && sameFunction(rhs, e.lhs, seedText))
  );
}

/** Whether the claim restates `e`: over the same symbols, the same functions side for side. */
const restatedBy = (
  lhs: Expr,
  rhs: Expr,
  e: EarlierEquation,
  mine: readonly string[],
  seedText: string,
) => e.symbols.size === mine.length && within(e.symbols, mine) && restates(lhs, rhs, e, seedText);

/** Whether the claim's sides are `e`'s as written, in either order (no sampling). */
const writtenAgain = (lhs: Expr, rhs: Expr, e: EarlierEquation) =>
  (jsonEqual(lhs, e.lhs) && jsonEqual(rhs, e.rhs)) ||
  (jsonEqual(lhs, e.rhs) && jsonEqual(rhs, e.lhs));

/**
 * "L = k + 1 - 2d": an equation that gives a symbol a value computed from others, the newest
 * per symbol. Not a number ("a = 3": that may be an example's or a case's value, which
 * `StatedValues` keeps to its paragraph) and not another symbol ("put x = \\delta_n": a
 * renaming, or a substitution the text is about to make).
 */
function rulesOf(earlier: readonly EarlierEquation[]): Map<string, EarlierEquation> {
  if (lastRules && sameList(earlier, lastRules.earlier)) return lastRules.rules;
  const rules = readRules(earlier);
  lastRules = { earlier, rules };
  return rules;
}

/**
 * The rules of the last list of equations asked about: the relations of a formula, and the
 * formulas of a few lines, are offered the same earlier equations (the same objects, made
 * afresh for each check, so a list from another proof never matches).
 */
let lastRules: { earlier: readonly EarlierEquation[]; rules: Map<string, EarlierEquation> } | null =
  null;

function sameList(a: readonly EarlierEquation[], b: readonly EarlierEquation[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function readRules(earlier: readonly EarlierEquation[]): Map<string, EarlierEquation> {
  const rules = new Map<string, EarlierEquation>();
  for (const e of earlier)
    for (const [side, other] of [
      [e.lhs, e.rhs],
      [e.rhs, e.lhs],
    ])
      if (
        side.k === 'sym' &&
        !isAtom(other) &&
        !closed(other) &&
        !rules.has(side.name) &&
        !freeSymbols(other).has(side.name)
      )
        rules.set(side.name, e);
  return rules;
}

/** "a_2 = 1": a number for a symbol, which `StatedValues` keeps to its paragraph. */
const isValue = (e: EarlierEquation) =>
  (e.lhs.k === 'sym' && closed(e.rhs)) || (e.rhs.k === 'sym' && closed(e.lhs));

const ruleValue = (name: string, e: EarlierEquation) =>
  e.lhs.k === 'sym' && e.lhs.name === name ? e.rhs : e.lhs;

/** The symbols of either side that have a rule, sorted (without sorting all the others). */
function ruledSymbols(l: Expr, r: Expr, rules: ReadonlyMap<string, EarlierEquation>): string[] {
  const out: string[] = [];
  for (const s of freeSymbols(l)) if (rules.has(s)) out.push(s);
  for (const s of freeSymbols(r)) if (rules.has(s) && !out.includes(s)) out.push(s);
  return out.length > 1 ? out.sort() : out;
}

/** Whether every symbol of either side is one of `mine`. */
const allWithin = (l: Expr, r: Expr, mine: readonly string[]) =>
  within(freeSymbols(l), mine) && within(freeSymbols(r), mine);

/** The claim with the values of these rules put in, through rules that use others (4 deep). */
function putIn(lhs: Expr, rhs: Expr, rules: ReadonlyMap<string, EarlierEquation>) {
  let l = lhs;
  let r = rhs;
  const used = new Set<string>();
  for (let depth = 0; depth < 4; depth++) {
    const present = ruledSymbols(l, r, rules);
    if (present.length === 0) break;
    for (const s of present) used.add(s);
    const map = new Map<string, Expr>();
    for (const s of present) map.set(s, ruleValue(s, rules.get(s) as EarlierEquation));
    l = substitute(l, map);
    r = substitute(r, map);
  }
  return { l, r, used };
}

/**
 * Whether `l op r` holds for all values: an equation as the checker's identities do (every
 * finite sample of some domain), an inequality at every sample of every domain (one that
 * holds for positive values only may not hold for the proof's).
 */
function identity(l: Expr, r: Expr, op: RelationOp, seedText: string): boolean {
  const symbols = symbolsOf(l, r);
  if (failsAtOnce(l, r, op, symbols, seedText)) return false;
  if (op !== '=') return holdsInEveryDomain(l, r, op, symbols, seedText);
  if (sampleIdentity(l, r, op, symbols, `earlier:${seedText}`).verdict !== 'holds') return false;
  // "(-2)^k" has values at integers only, and its sign is k's parity: "(-2)^k + 2 = -2^k + 2"
  // after "k = 1 + (a - 1)t" held at 8 draws of a and t out of 8, (a - 1)t even at each.
  return !someNode(l, byParity) && !someNode(r, byParity)
    ? true
    : holdsInEveryDomain(l, r, op, symbols, `parity:${seedText}`, PARITY_DRAWS, 16);
}

/** Draws per domain for a claim with a power of a negative number. */
const PARITY_DRAWS = 48;
const byParity = (n: Expr) =>
  n.k === 'pow' && closed(n.a) && !closed(n.b) && evaluateFloat(n.a, new Map(), true) < 0;

/** Nodes a side may have once values are put in: past this, sampling it costs more than it tells. */
const MAX_NODES = 300;

/** Whether an expression has more than MAX_NODES nodes (stops counting there). */
function tooLarge(e: Expr): boolean {
  let count = 0;
  someNode(e, () => ++count > MAX_NODES);
  return count > MAX_NODES;
}

/**
 * The fewest of the rules the claim needs: each is dropped in turn while the claim still
 * holds without it. Null when it does not hold with all of them.
 */
function neededRules(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  rules: Map<string, EarlierEquation>,
  seedText: string,
): EarlierEquation[] | null {
  const all = putIn(lhs, rhs, rules);
  if (all.used.size === 0 || tooLarge(all.l) || tooLarge(all.r)) return null;
  if (!identity(all.l, all.r, op, seedText)) return null;
  const kept = new Map([...rules].filter(([s]) => all.used.has(s)));
  for (const s of [...kept.keys()]) {
    const without = new Map(kept);
    without.delete(s);
    const some = putIn(lhs, rhs, without);
    if (some.used.size > 0 && identity(some.l, some.r, op, seedText)) kept.delete(s);
  }
  return [...new Set(kept.values())];
}

const basisOf = (es: readonly EarlierEquation[]) =>
  [...es]
    .sort((a, b) => a.line - b.line || a.order - b.order)
    .map((e) => `${e.text} (line ${e.line})`)
    .join(', ');

/**
 * A claim in context that follows from equations the text stated before it: with the values
 * they give its symbols put in ("L = k + 1 - 2d" … "p(k - 1 + L)/L = 2p(k - d)/L"), it is an
 * identity; or it is one earlier equation with the same done to both sides ("x^2 + y^2 + z^2
 * + 2q = 1 + 2q" after "x^2 + y^2 + z^2 = 1"). It holds, with those equations as its basis;
 * never false (an equation may be another case's, and the claim may use facts not written as
 * equations). Two equations combined are tried only when the text says it derives the claim
 * (`derives`: "adding", "hence", "\\Longrightarrow"): "y = x" and "y = -2x + 5" listed as
 * lines would otherwise give any third line through their crossing. A claim about an
 * unknown function may also hold through the values earlier equations give the function
 * (`through-pins.ts`). Null when nothing earlier settles it, when it holds without them, and
 * for a restatement of an earlier equation, a value ("b = 3") or a condition on one symbol.
 */
export function judgeThroughEarlier(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  earlier: readonly EarlierEquation[],
  seedText: string,
  derives = false,
  farther: readonly EarlierEquation[] = [],
): (SampleVerdict & { basis: string }) | null {
  const near = throughNear(lhs, rhs, op, earlier, seedText, derives);
  if (near || farther.length === 0 || op !== '=') return near;
  return throughFarther(lhs, rhs, op, earlier, seedText, derives, farther);
}

/** `judgeThroughEarlier` with the equations near the claim (and the standing definitions). */
function throughNear(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  earlier: readonly EarlierEquation[],
  seedText: string,
  derives: boolean,
): (SampleVerdict & { basis: string }) | null {
  if (earlier.length === 0 || op === '!=' || op === '~') return null;
  if (isAtom(lhs) && isAtom(rhs)) return null;
  if ((lhs.k === 'sym' && closed(rhs)) || (rhs.k === 'sym' && closed(lhs))) return null;
  const mine = symbolsOf(lhs, rhs);
  const relevant = earlier.filter((e) => sharesAny(e.symbols, mine));
  const inFunctions = usesUnknownFunction(lhs, rhs);
  if (relevant.length === 0 && !inFunctions) return null;
  // A claim about a function's value at numbers ("f(1) = 3") has no symbol to share.
  const pool = inFunctions ? earlier : relevant;
  // An equation written again as it was ("the recurrence a_n = … gives"): it restates that
  // one, which makes it null below whatever the searches find, so they are not run.
  if (
    op === '=' &&
    pool.some((e) => writtenAgain(lhs, rhs, e) && restatedBy(lhs, rhs, e, mine, seedText))
  )
    return null;
  const rules = rulesOf(earlier);
  const candidates = relevant.filter((e) => !isValue(e));
  // Drawn once for the claim and the candidates, and only when a candidate needs them.
  let shared: SharedPoints | undefined;
  const points = () => {
    shared ??= new SharedPoints(mine, `earlier:${seedText}`);
    return shared;
  };
  const claim = { lhs, rhs };
  const needed =
    (mine.some((s) => rules.has(s)) ? neededRules(lhs, rhs, op, rules, seedText) : null) ??
    (op === '=' ? oneMultiple(claim, mine, candidates, points) : null) ??
    (op === '=' ? multipleWithRules(claim, mine, candidates, rules, points) : null) ??
    (op === '=' && derives ? twoEquations(claim, mine, candidates, seedText) : null) ??
    (inFunctions ? throughPins(claim, op, earlier, seedText, derives) : null);
  if (!needed || needed.length === 0) return null;
  // Asked last, of the few claims that get this far: most never do. An equation said again
  // checks nothing ("recall b = 1 + 2s"); one with a side rewritten ("A_n = 1 + 3^{20M} +
  // 3^{28M}" after "A_n = 1 + 3^{20M} + 9^{14M}") is that rewriting, checked.
  const restated = pool.some(
    (e) => restatedBy(lhs, rhs, e, mine, seedText) && writtenAlike(lhs, rhs, e.lhs, e.rhs),
  );
  if ((op === '=' && restated) || identity(lhs, rhs, op, seedText)) return null;
  return { verdict: 'holds', basis: `follows from ${basisOf(needed)}` };
}

/**
 * The claim judged again with the definitions made far back by first writing a symbol ("S =
 * (d^2+1)(e^2+1)" a hundred lines up), those of its own symbols that nothing nearer gives a
 * value. Only after the nearer equations settled nothing: put in as well, a definition made
 * far back in another sense of its letter would only spoil what they settle.
 */
function throughFarther(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  earlier: readonly EarlierEquation[],
  seedText: string,
  derives: boolean,
  farther: readonly EarlierEquation[],
): (SampleVerdict & { basis: string }) | null {
  const mine = symbolsOf(lhs, rhs);
  const rules = rulesOf(earlier);
  const wanted = farther.filter((e) => {
    const name = (e.lhs as Expr & { k: 'sym' }).name;
    return mine.includes(name) && !rules.has(name);
  });
  if (wanted.length === 0) return null;
  return throughNear(lhs, rhs, op, [...earlier, ...wanted], seedText, derives);
}

/**
 * The earlier equation whose (left − right) the claim's is a nonzero constant multiple of.
 * Its symbols are all the claim's (what the claim adds, like "2q" on both sides, cancels).
 */
function oneMultiple(
  claim: Sides,
  mine: readonly string[],
  candidates: readonly EarlierEquation[],
  points: () => SharedPoints,
): EarlierEquation[] | null {
  for (const e of candidates)
    if (within(e.symbols, mine) && multipleOf(claim, e, points())) return [e];
  return null;
}

/**
 * An earlier equation that, with the values of the rules put in, the claim is a multiple of:
 * "6x_1^2 + y^2 = 3z_1^2" from "3(6x_1^2 + y^2) = z^2" and "z = 3z_1".
 */
function multipleWithRules(
  claim: Sides,
  mine: readonly string[],
  candidates: readonly EarlierEquation[],
  rules: ReadonlyMap<string, EarlierEquation>,
  points: () => SharedPoints,
): EarlierEquation[] | null {
  if (rules.size === 0) return null;
  const givers = new Set(rules.values());
  // The newest few: each costs a substitution.
  for (const e of candidates.slice(0, 5)) {
    if (givers.has(e) || ![...e.symbols].some((s) => rules.has(s))) continue;
    const put = putInEquation(e, rules);
    if (!allWithin(put.l, put.r, mine)) continue;
    if (multipleOf(claim, { lhs: put.l, rhs: put.r }, points()))
      return [e, ...[...put.used].map((s) => rules.get(s) as EarlierEquation)];
  }
  return null;
}

/**
 * `putIn` of an earlier equation, kept while the rules stay the same: the equation is tried
 * again for each claim after it, with the rules `rulesOf` gave back unchanged.
 */
function putInEquation(e: EarlierEquation, rules: ReadonlyMap<string, EarlierEquation>) {
  const known = putInMemo.get(e);
  if (known && known.rules === rules) return known.put;
  const put = putIn(e.lhs, e.rhs, rules);
  putInMemo.set(e, { rules, put });
  return put;
}

const putInMemo = new WeakMap<
  EarlierEquation,
  { rules: ReadonlyMap<string, EarlierEquation>; put: ReturnType<typeof putIn> }
>();

function sharesAny(set: ReadonlySet<string>, list: readonly string[]): boolean {
  for (const s of list) if (set.has(s)) return true;
  return false;
}

/** Whether every symbol of `set` is in `list`. */
function within(set: ReadonlySet<string>, list: readonly string[]): boolean {
  for (const s of set) if (!list.includes(s)) return false;
  return true;
}
