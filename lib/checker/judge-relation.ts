import { simplifiesAway } from './cancelling-symbols';
import { claimsCoefficient } from './coefficient-claim';
import { type DefinedContext, withDefinedSymbols } from './defined-symbols';
import { compareRational, evaluateExact, formatRational, type Rational } from './evaluate-exact';
import { evaluateFloat } from './evaluate-float';
import {
  type Expr,
  freeSymbols,
  hasSymbolicBounds,
  isAtom,
  someNode,
  substitute,
  usesUnknownFunction,
} from './expr';
import { hasIntegral } from './integrals';
import { hashString, mulberry32 } from './prng';
import type { RelationOp } from './relations';
import {
  COINCIDENCE,
  holdsAt,
  RELATIVE_TOLERANCE,
  type SampleVerdict,
  sampleIdentity,
} from './sample';
import { sampleEverywhereOnce } from './sample-everywhere';
import type { StatedBounds } from './stated-bounds';

/** How loosely `\approx` is read: within 1%. */
const APPROX_TOLERANCE = 0.01;

const isSum = (e: Expr) => e.k === 'add' || (e.k === 'neg' && e.a.k === 'add');

/**
 * An expansion, factorisation or fraction rewriting: a product, power, quotient or root
 * of a sum, or a sum with bounds. "2x + 3 = 7 - x" is not one (it is an equation to solve).
 */
const rewritesSum = (n: Expr) =>
  (n.k === 'mul' && n.args.some(isSum)) ||
  (n.k === 'pow' && isSum(n.a)) ||
  (n.k === 'div' && (isSum(n.a) || isSum(n.b))) ||
  (n.k === 'root' && isSum(n.a)) ||
  n.k === 'big';
const rewritingShape = (e: Expr) => someNode(e, rewritesSum);

/** The most decimals written in a literal of either side (0 when all are integers). */
function writtenDecimals(...es: Expr[]): number {
  let d = 0;
  for (const e of es)
    someNode(e, (n) => {
      if (n.k === 'num') d = Math.max(d, n.decimals);
      return false;
    });
  return d;
}

function compareExact(l: Rational, r: Rational, op: RelationOp): boolean {
  const c = compareRational(l, r);
  switch (op) {
    case '=':
    case '~':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

/** A claim with no free symbols: exact when both sides are rational, else to a tolerance. */
export function judgeClosed(lhs: Expr, rhs: Expr, op: RelationOp): SampleVerdict {
  if ([lhs, rhs].some((e) => someNode(e, (n) => n.k === 'fn' && n.name === 'log')))
    return { verdict: 'skipped', reason: 'log without a base' };
  const decimals = writtenDecimals(lhs, rhs);
  const l = evaluateExact(lhs);
  const r = evaluateExact(rhs);
  if (l && r && decimals === 0 && op !== '~') {
    if (compareExact(l, r, op)) return { verdict: 'holds' };
    return { verdict: 'false', witness: `left ${formatRational(l)}, right ${formatRational(r)}` };
  }
  const lf = evaluateFloat(lhs, new Map(), true);
  const rf = evaluateFloat(rhs, new Map(), true);
  if (!Number.isFinite(lf) || !Number.isFinite(rf))
    return { verdict: 'skipped', reason: 'cannot evaluate' };
  // "1/3 = 0.333": a written decimal is read as rounded to its last digit.
  const rounding = decimals > 0 ? 0.5001 * 10 ** -decimals : 0;
  const relative = op === '~' ? APPROX_TOLERANCE : RELATIVE_TOLERANCE;
  const close = Math.abs(lf - rf) <= rounding;
  if (close || holdsAt(lf, rf, op, relative)) return { verdict: 'holds' };
  const show = (x: number) => String(Number(x.toPrecision(8)));
  return { verdict: 'false', witness: `left ${show(lf)}, right ${show(rf)}` };
}

/**
 * A single relation (not in a chain) is read as a rewriting only in the shape of an
 * expansion or factorisation: for `=`, one side a product, power, quotient or root of a sum
 * and the other a sum of terms without one ("(x+y)^2 = x^2 + 2xy + y^2"). Two structured
 * sides ("(b-a)(c+d) = (c-d)(a+b)") are almost always a condition being derived.
 */
function claimsRewriting(l: Expr, r: Expr, op: RelationOp): boolean {
  const ls = rewritingShape(l);
  const rs = rewritingShape(r);
  if (op !== '=') return ls || rs;
  // A closed form for a binomial, factorial or sum: "\binom{n+1}{2} = \frac{n(n+1)}{2}".
  const special = (e: Expr) =>
    someNode(
      e,
      (n) => n.k === 'big' || (n.k === 'fn' && (n.name === 'binom' || n.name === 'fact')),
    );
  // Two sums over the same symbols ("\\sum_{k=0}^{n} … = \\sum_{j=1}^{n+1} …") re-index or split.
  const big = (e: Expr) => someNode(e, (n) => n.k === 'big');
  // Binomials or factorials on both sides over the same symbols ("\binom{n}{k} =
  // \binom{n}{n-k}", "\binom{2k}{k} = \frac{(2k)!}{k!\,k!}"): a binomial identity, hardly
  // ever an equation to solve.
  if (special(l) || special(r) || big(l) !== big(r) || eitherHasSymbolicBounds(l, r)) return true;
  return (ls && !rs && isSum(r)) || (rs && !ls && isSum(l));
}

/**
 * Uses what the text fixed earlier only where it settles the claim: when it makes the
 * relation closed ("let a = 3" … "a^2 = 9"), or when one side is written only in bound
 * symbols and the other only in what they were bound to ("n = 2k+1" … "n^2 = 4k^2+4k+1").
 */
function applyBindings(lhs: Expr, rhs: Expr, bindings: Bindings): BoundSides {
  if (bindings.size === 0 || lhs.k === 'sym' || rhs.k === 'sym') return { l: lhs, r: rhs };
  const ls = freeSymbols(lhs);
  const rs = freeSymbols(rhs);
  // The bound symbols in order of first use, left side first.
  const used: string[] = [];
  for (const s of ls) if (bindings.has(s)) used.push(s);
  for (const s of rs) if (!ls.has(s) && bindings.has(s)) used.push(s);
  if (used.length === 0) return { l: lhs, r: rhs };
  const map = new Map(used.map((s) => [s, bindings.get(s) as Expr]));
  const l = substitute(lhs, map);
  const r = substitute(rhs, map);
  const closed = freeSymbols(l).size === 0 && freeSymbols(r).size === 0;
  const targets = new Set(used.flatMap((s) => [...freeSymbols(map.get(s) as Expr)]));
  const allBound = (set: ReadonlySet<string>) => [...set].every((s) => bindings.has(s));
  const onlyTargets = (set: ReadonlySet<string>) =>
    [...set].every((s) => targets.has(s) && !bindings.has(s));
  const rewrittenInTerms = (allBound(ls) && onlyTargets(rs)) || (allBound(rs) && onlyTargets(ls));
  if (!closed && !rewrittenInTerms) return { l: lhs, r: rhs };
  return { l, r, given: used.join(', '), rewritten: !closed };
}

/** A claim's sides with what the text bound put in, and which bindings (when any were). */
interface BoundSides {
  l: Expr;
  r: Expr;
  given?: string;
  /** One side in the bound symbols, the other in what they were bound to: a substitution. */
  rewritten?: boolean;
}

/** Two sides whose growth exponents differ by more than this are not one function. */
const GROWTH_GAP = 0.4;

/**
 * How fast an expression grows along a random ray (its degree, for a polynomial or a
 * rational function): an identity's two sides are one function, so they grow alike, while
 * "b^2 - b + 1 - k^2 = bk(k+1)" compares a quadratic with a cubic: an equation, not an
 * identity. Null when it cannot tell (a value is zero, infinite or undefined).
 */
function growthOf(e: Expr, symbols: string[], seedText: string): number | null {
  const random = mulberry32(hashString(`growth:${seedText}`));
  const direction = symbols.map(() => 0.5 + random());
  const at = (t: number) => new Map(symbols.map((s, i) => [s, t * direction[i]]));
  const near = Math.abs(evaluateFloat(e, at(30), false));
  const far = Math.abs(evaluateFloat(e, at(3000), false));
  if (!Number.isFinite(near) || !Number.isFinite(far) || near === 0 || far === 0) return null;
  return Math.log(far / near) / Math.log(100);
}

/** What kind of claim in context a relation is, for its skip reason. */
function contextKind(l: Expr, r: Expr): string {
  if (isAtom(l) && isAtom(r)) return 'a case or condition on a symbol';
  if (l.k === 'sym' || r.k === 'sym') return 'a value or definition of a symbol';
  if (isAtom(l) || isAtom(r)) return 'an equation or bound against a number';
  return 'sides over different symbols';
}

function usesAny(e: Expr, bindings: Bindings): boolean {
  if (bindings.size === 0) return false;
  for (const s of freeSymbols(e)) if (bindings.has(s)) return true;
  return false;
}

/** The start of the reason a claim about a function the text never defines is skipped with. */
export const FUNCTION_REASON = 'depends on what the text knows about ';

/** Symbols the text fixed earlier ("let a = 3", "where n = 2k + 1"). */
export type Bindings = ReadonlyMap<string, Expr>;

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

/**
 * What the text claims with one relation, and whether it is true: a closed numeric claim is
 * computed; a rewriting (a chain, an `&=` row, an expansion over the same symbols) is
 * checked as an identity; anything else is a conclusion in context, checked only when
 * earlier bindings close it or when it holds for every value the text allows, and
 * otherwise skipped. In an unknown function it is never false.
 */
export function judgeRelation(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  chained: boolean,
  bindings: Bindings,
  seedText: string,
  bounds: StatedBounds = new Map(),
  defined?: DefinedContext,
): SampleVerdict & { given?: string } {
  // The sides with the bindings put in, read once: judged so first, and asked about below.
  const bound = applyBindings(lhs, rhs, bindings);
  let verdict = judgeClaim(bound, op, chained, seedText);
  // What holds as written ("h \\cdot 0 = 0") holds whatever h was bound to; what fails as
  // an identity as written is false unless the bound values make it a claim in context (a
  // product up to n = 2023 that cannot be evaluated is still an identity in n).
  if (verdict.verdict === 'skipped' && [lhs, rhs].some((e) => usesAny(e, bindings))) {
    const asWritten = judgeClaim({ l: lhs, r: rhs }, op, chained, seedText);
    if (
      asWritten.verdict === 'holds' ||
      (asWritten.verdict === 'false' && !verdict.reason.startsWith('depends on context'))
    )
      verdict = asWritten;
  }
  verdict = unlessExplained(verdict, defined);
  if (
    verdict.verdict === 'skipped' &&
    (verdict.reason.startsWith('depends on context') || verdict.reason === COINCIDENCE)
  )
    verdict =
      (defined && judgeWithDefinedSymbols(lhs, rhs, op, chained, defined, seedText)) ?? verdict;
  const { l, r, given } = bound;
  // Sampled with an arbitrary function in place of f, what holds for every f holds; what
  // fails may still follow from what the text knows about f.
  const unknownFunction = usesUnknownFunction(l, r);
  if (verdict.verdict === 'holds' || (verdict.verdict === 'false' && !unknownFunction))
    return verdict;
  const skip: SampleVerdict = unknownFunction
    ? { verdict: 'skipped', reason: `${FUNCTION_REASON}${functionName(l, r)}` }
    : verdict;
  // Not claimed as a rewriting, but true whatever the context if it holds for every value
  // the text allows (an inequality under the bounds the text stated, or an identity in an
  // unknown function). Never false from here: a claim in context may fail where the proof's
  // conditions do not hold. A plain equation is not probed: one that holds could not be
  // told from an equation to solve once a number in it is wrong, so its holding says little.
  // `\ne` is not probed: random values are almost never equal, so it would always hold.
  if (op === '~' || op === '!=' || (op === '=' && !unknownFunction)) return skip;
  const symbols = [...new Set([...freeSymbols(l), ...freeSymbols(r)])].sort();
  const probed = symbols.length > 0 || unknownFunction;
  if (!probed || (isAtom(l) && isAtom(r)) || eitherHasSymbolicBounds(l, r)) return skip;
  const everywhere = sampleEverywhereOnce(l, r, op, symbols, bounds, seedText);
  return everywhere.verdict === 'holds' ? { ...everywhere, given } : skip;
}

/**
 * A rewriting that agreed with its claim only where integer draws coincided is false unless
 * an equation the text stated (or a definition it made) holds at each of those draws too:
 * "Δ = ρ - 1" makes such a coincidence the point, "j = k" would make "(k+i)(k-j)" one.
 */
function unlessExplained(
  verdict: SampleVerdict & { given?: string },
  defined: DefinedContext | undefined,
): SampleVerdict & { given?: string } {
  if (verdict.verdict !== 'skipped' || verdict.reason !== COINCIDENCE || !verdict.witness)
    return verdict;
  if (!defined || defined.explains(verdict.heldAt ?? [])) return verdict;
  return { verdict: 'false', witness: verdict.witness, given: verdict.given };
}

function functionName(...es: Expr[]): string {
  let name = 'an unknown function';
  for (const e of es)
    someNode(e, (n) => {
      if (n.k === 'app') name = n.name;
      return n.k === 'app';
    });
  return name;
}

const eitherHasSymbolicBounds = (l: Expr, r: Expr) => hasSymbolicBounds(l) || hasSymbolicBounds(r);

/** The claim `l op r`, its sides already read with the bindings that apply (`applyBindings`). */
function judgeClaim(
  { l, r, given, rewritten }: BoundSides,
  op: RelationOp,
  chained: boolean,
  seedText: string,
): SampleVerdict & { given?: string } {
  const ls = freeSymbols(l);
  const rs = freeSymbols(r);
  if (ls.size === 0 && rs.size === 0 && !usesUnknownFunction(l, r))
    return { ...judgeClosed(l, r, op), given };
  if (op === '=' && !sameSet(ls, rs) && simplifiesAway(l, r, seedText))
    return { ...sampleIdentity(l, r, op, [...new Set([...ls, ...rs])].sort(), seedText), given };
  if (!sameSet(ls, rs) || isAtom(l) || isAtom(r) || op === '~')
    return eitherHasSymbolicBounds(l, r)
      ? { verdict: 'skipped', reason: 'sum or product with symbolic bounds' }
      : { verdict: 'skipped', reason: `depends on context (${contextKind(l, r)})` };
  // A link of a chain over the same symbols on both sides is a rewriting step; a single
  // relation must have the shape of one, or say what a substitution gives ("put x = 1/n;
  // then n\\ln(1-2/n) = \\frac{\\ln(1-2x)}{x}"). Either is still an equation to solve when
  // its sides grow unlike ("y^2 = 5x^2 - 6" after "let y = x^2").
  const coefficient = op === '=' && claimsCoefficient(l, r);
  if (!chained && !coefficient && !rewritten && !claimsRewriting(l, r, op))
    return { verdict: 'skipped', reason: 'depends on context (an equation, not a rewriting)' };
  const symbols = [...ls].sort();
  // An integral against a closed form ("\\int_0^\\infty e^{-tx}\\,dx = \\frac1t") states its
  // value; it is not an equation to solve for t, whatever the degrees of its sides.
  const asEquation = !chained && !coefficient && !hasIntegral(l) && !hasIntegral(r);
  // Two values, not a pair: an array of them changes kind (integers, doubles, null) from
  // claim to claim, and each change threw away this function's optimised code.
  const growthL = asEquation ? growthOf(l, symbols, seedText) : null;
  const growthR = asEquation ? growthOf(r, symbols, seedText) : null;
  if (asEquation && growthL !== null && growthR !== null) {
    if (Math.abs(growthL - growthR) > GROWTH_GAP)
      return {
        verdict: 'skipped',
        reason: 'depends on context (sides of different degree: an equation)',
      };
    if (op === '=' && Math.max(growthL, growthR) < 1.2)
      return { verdict: 'skipped', reason: 'depends on context (a linear equation)' };
  }
  const verdict = sampleIdentity(l, r, op, symbols, seedText);
  if (verdict.verdict === 'false' && !chained && op !== '=')
    return {
      verdict: 'skipped',
      reason: 'depends on context (an inequality under the proof’s conditions)',
    };
  return { ...verdict, given };
}

/**
 * A claim over symbols the text defined ("put s = a + b + c" … "s^2 = a^2 + b^2 + c^2 +
 * 2(ab + bc + ca)"), read with every definition put in, through definitions that use
 * earlier ones, and judged as a claim over what is left. It holds when that is an identity;
 * it is false only when no equation the text stated links the symbols left (a relation may
 * use "x^2 + y^2 + z^2 = 1" as well as the definitions); null when it settles nothing.
 */
function judgeWithDefinedSymbols(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  chained: boolean,
  defined: DefinedContext,
  seedText: string,
): (SampleVerdict & { given?: string }) | null {
  // "s = a + b + c" itself, or a value for s: a definition or a case, not a claim to compute.
  if (lhs.k === 'sym' || rhs.k === 'sym') return null;
  const put = withDefinedSymbols(lhs, rhs, defined.definitions);
  if (!put) return null;
  // Read as a rewriting of what was defined: an equation is checked as an identity; an
  // inequality that fails may still hold under the proof's conditions, as may an equation
  // whose sides grow unlike (an equation to solve).
  const asRewriting = chained || op === '=';
  const v = judgeClaim({ l: put.l, r: put.r }, op, asRewriting, seedText);
  const given = put.used.join(', ');
  if (v.verdict === 'holds') return { verdict: 'holds', given };
  if (v.verdict !== 'false') return null;
  const symbols = [...new Set([...freeSymbols(put.l), ...freeSymbols(put.r)])].sort();
  // Closed once the definitions are in ("\\int_0^1 f(p)\\,dp = \\frac{2}{\\pi}\\arcsin\\frac{1}{10}"
  // with R = 9): a computation, with no symbol left to solve for, false where everything
  // the text stated about its symbols agrees with the values the definitions give them.
  if (symbols.length === 0 && !usesUnknownFunction(put.l, put.r))
    return defined.agreesOn(new Set([...freeSymbols(lhs), ...freeSymbols(rhs)]))
      ? { ...v, given }
      : null;
  if (defined.linksAny(lhs, rhs, put.l, put.r)) return null;
  if (!chained) {
    const [gl, gr] = [put.l, put.r].map((e) => growthOf(e, symbols, seedText));
    if (gl === null || gr === null || Math.abs(gl - gr) > GROWTH_GAP) return null;
  }
  return { ...v, given };
}
