import { simplifiesAway } from './cancelling-symbols';
import { type Expr, freeSymbols } from './expr';
import { HYPOTHETICAL_BEFORE, refutedAfter } from './fact-cues';
import type { FormulaReading } from './formula-reading';
import { judgeWithDefinitions } from './function-definitions';
import type { Instance } from './instance-of';
import { judgeNumberPairs } from './number-pairs';
import type { Placed } from './placed-relation';
import { judgePointTuples, judgeSegments, judgeWithPoints, readTuple } from './point-claims';
import { rereadWithSegments } from './point-segments';
import type { ProofSoFar } from './proof-so-far';
import type { RelationOp } from './relations';
import { type SampleVerdict, sampleIdentity } from './sample';
import { judgeSequenceSums } from './sequence-sums';
import { replacesOneSubterm } from './substitution';
import { tupleComponents } from './tuple-sides';
import { judgeComponents, TUPLE } from './tuple-verdict';
import { verdictInContext } from './verdict-in-context';

/** A relation's verdict, with the bindings it was closed with and the equation it instantiates. */
export type RelationVerdict = SampleVerdict & { given?: string; instance?: Instance };

/**
 * The verdict on relation `idx` of a formula: judged by itself with what the text bound and
 * defined, then, while skipped, with more of the text (`verdict-in-context.ts`); a false one
 * is skipped where the context, not the checker, decides.
 */
export function relationVerdict(
  so: ProofSoFar,
  r: FormulaReading,
  idx: number,
  placed: Placed,
): RelationVerdict {
  const [lhs, rhs] = r.sides[idx];
  let verdict = ownVerdict(so, r, idx, placed);
  // "B·O = c²/2" after "B = (c, 0)" and "O = (c/2, …)": with the points' coordinates put in.
  if (typeof lhs !== 'string' && typeof rhs !== 'string') {
    if (verdict.verdict === 'skipped' && so.points.size > 0)
      verdict = pointVerdict(so, r, idx, placed, lhs, rhs) ?? verdict;
    verdict = verdictInContext(so, r, idx, placed, lhs, rhs, verdict);
  }
  // "(S+T)^2 = S^2 + 2ST + T^2" after "S := …, T := …": ST read as a product; "3 + 1 +
  // \\sum_{i=1}^{n-1} a_i = 4 + \\sum_{i=1}^{n-1} a_i": an identity in any sequence a.
  else if (verdict.verdict === 'skipped') verdict = rereadVerdict(so, r, idx, placed) ?? verdict;
  return ruledOutByContext(r, idx, placed, verdict) ?? verdict;
}

/**
 * A readable relation about points given coordinates, with them put in; a pair of points in
 * it is a segment ("QB^2" was read as Q·B²).
 */
function pointVerdict(
  so: ProofSoFar,
  r: FormulaReading,
  idx: number,
  placed: Placed,
  lhs: Expr,
  rhs: Expr,
): RelationVerdict | null {
  const shape = r.shapes[idx];
  const l = rereadWithSegments(shape.lhs, so.points) ?? lhs;
  const rr = rereadWithSegments(shape.rhs, so.points) ?? rhs;
  return judgeWithPoints(so.points, l, rr, shape.op, placed.text, pointJudge(so, r, idx, placed));
}

/** The relation judged by itself, with the bindings and definitions the text made. */
function ownVerdict(
  so: ProofSoFar,
  r: FormulaReading,
  idx: number,
  placed: Placed,
): RelationVerdict {
  const shape = r.shapes[idx];
  const [lhs, rhs] = r.sides[idx];
  if (r.afterCongruence(shape)) return { verdict: 'skipped', reason: 'congruence' };
  if (typeof lhs !== 'string' && typeof rhs !== 'string')
    return judgeInContext(so, lhs, rhs, shape.op, shape.chained, placed.text);
  const reason = typeof lhs === 'string' ? lhs : (rhs as string);
  const tuples = reason === TUPLE ? tupleComponents(shape.lhs, shape.rhs) : null;
  const chained = shape.chained || !!tuples?.computes;
  const verdict: RelationVerdict = tuples
    ? judgeComponents(tuples.components, (l, rr, k) =>
        judgeInContext(so, l, rr, shape.op, chained, `${placed.text}#${k}`),
      )
    : { verdict: 'skipped', reason: givesCoordinates(r, idx) ? COORDINATES : reason };
  // A link of a chain of conditions may put in what the context says: never false here.
  if (verdict.verdict === 'false' && r.conditional.has(shape.chainId))
    return { verdict: 'skipped', reason: 'depends on context (a chain of conditions)' };
  return verdict;
}

const COORDINATES = 'depends on context (a point or vector given its coordinates)';

/** "B = (c, 0)": a name given coordinates, which `recordRelation` keeps as a point. */
function givesCoordinates(r: FormulaReading, idx: number): boolean {
  const [lhs, rhs] = r.sides[idx];
  return (
    r.shapes[idx].op === '=' &&
    rhs === TUPLE &&
    typeof lhs !== 'string' &&
    lhs.k === 'sym' &&
    readTuple(r.shapes[idx].rhs) !== null
  );
}

/** `lhs op rhs` judged with what the text bound and defined so far. */
function judgeInContext(
  so: ProofSoFar,
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  chained: boolean,
  seedText: string,
): RelationVerdict {
  return judgeWithDefinitions(
    lhs,
    rhs,
    op,
    chained,
    so.functions,
    so.bindings,
    seedText,
    so.bounds,
    so.context,
  );
}

/** A false relation the context may make true, or that the text itself rules out: skipped. */
function ruledOutByContext(
  r: FormulaReading,
  idx: number,
  placed: Placed,
  verdict: RelationVerdict,
): RelationVerdict | null {
  if (verdict.verdict !== 'false') return null;
  const shape = r.shapes[idx];
  // A link of a chain that states conditions may put in what the context says a part
  // equals: it holds when it is an identity, and is skipped (never false) otherwise.
  if (
    r.conditional.has(shape.chainId) &&
    replacesOneSubterm(r.expanded[idx][0] as Expr, r.expanded[idx][1] as Expr) &&
    // "1 + 2j - 2(b + j) = 1 - 2b" puts nothing in: j cancels. It is a rewriting.
    !simplifiesAway(r.expanded[idx][0] as Expr, r.expanded[idx][1] as Expr, placed.text)
  )
    return { verdict: 'skipped', reason: 'depends on context (a chain of conditions)' };
  if (refutedAfter(r.f.after) || HYPOTHETICAL_BEFORE.test(r.f.before.slice(-60)))
    return {
      verdict: 'skipped',
      reason: 'the text itself rules it out (a contradiction or a hypothesis)',
    };
  return null;
}

/**
 * A relation the reader left unread, read again where the context says how: tuples and
 * segments of points the text gave coordinates (false only with numbers for coordinates),
 * letters it made numbers, sums over a sequence (never false).
 */
function rereadVerdict(
  so: ProofSoFar,
  r: FormulaReading,
  idx: number,
  placed: Placed,
): RelationVerdict | null {
  const shape = r.shapes[idx];
  const nodes = [shape.lhs, shape.rhs] as const;
  const sides = r.sides[idx];
  const judge = (l: Expr, rr: Expr) => {
    const own = judgeInContext(so, l, rr, shape.op, shape.chained, placed.text);
    return own.verdict === 'skipped' ? verdictInContext(so, r, idx, placed, l, rr, own) : own;
  };
  const onPoints = pointJudge(so, r, idx, placed);
  const isNumber = (l: string) => so.numberLetters.has(l, so.context.definitions, so.bindings);
  return (
    judgePointTuples(so.points, nodes, sides, shape.op, placed.text, onPoints) ??
    judgeSegments(so.points, nodes, sides, shape.op, placed.text, onPoints) ??
    judgeNumberPairs(nodes, sides, isNumber, judge) ??
    judgeSequenceSums(nodes, sides, shape.op, judge)
  );
}

/**
 * How a claim about points is judged once their coordinates are in: as a rewriting, with what
 * the text bound and defined; and where that reads "x = …" as a definition of x ("AX = d" is
 * √(d²) = d), as an identity in its symbols.
 */
function pointJudge(so: ProofSoFar, r: FormulaReading, idx: number, placed: Placed) {
  const op = r.shapes[idx].op;
  return (l: Expr, rr: Expr, k: number): RelationVerdict => {
    const seed = `${placed.text}#point${k}`;
    const v = judgeInContext(so, l, rr, op, true, seed);
    // Only a side read as a symbol's value ("√(d²) = d") is sampled again: what else the
    // judgement skipped, sampling would not settle.
    if (v.verdict !== 'skipped' || !v.reason.includes('a value or definition')) return v;
    const symbols = [...new Set([...freeSymbols(l), ...freeSymbols(rr)])].sort();
    const identity = symbols.length > 0 ? sampleIdentity(l, rr, op, symbols, seed) : null;
    return identity?.verdict === 'holds' ? identity : v;
  };
}
