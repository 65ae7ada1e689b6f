import { type Expr, freeSymbols } from './expr';
import type { TexNode } from './katex-tree';
import { POINT_PAIR } from './number-pairs';
import { readSegments } from './point-segments';
import type { Points, PointValue } from './points';
import type { RelationOp } from './relations';
import type { SampleVerdict } from './sample';
import { toExprOrNull } from './to-expr';
import { tupleSideComponents } from './tuple-sides';
import { TUPLE } from './tuple-verdict';

/**
 * A claim about points the text gave coordinates, judged with them put in: "B·O = c²/2",
 * "|B + C|² = (c + b cos α)² + (b sin α)²", "bE + cF = (bc cos α(1 + cos α), bc cos α sin α)".
 *
 * It holds when it holds with the coordinates (component by component for vectors). It is
 * false only when nothing is left free: coordinates over symbols may be tied by what the text
 * knows and did not write as an equation (A = (u, v) on a circle through I = (0, 1)), so a
 * claim that fails with them is left skipped, never called false.
 */

type Judge = (lhs: Expr, rhs: Expr, k: number) => SampleVerdict & { given?: string };
export type PointVerdict = SampleVerdict & { given?: string; basis?: string };

/** A product of two vectors is a dot product only where the text wrote one. */
const WRITES_DOT = /\\cdot|\\bullet|\\langle/;

/** How a relation written `text` is expanded: its dot products, and the points it used. */
export const expansionFor = (text: string) => ({
  dots: WRITES_DOT.test(text),
  used: new Set<string>(),
});

export function judgeWithPoints(
  points: Points,
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  text: string,
  judge: Judge,
): PointVerdict | null {
  if (points.size === 0 || (!points.mentions(lhs) && !points.mentions(rhs))) return null;
  // "E = tC" where E is a point already: a definition again, or of another frame; "x_E = …"
  // where E is: its coordinate read back.
  if (points.restates(lhs) || points.restates(rhs)) return null;
  const x = expansionFor(text);
  const l = points.expand(lhs, x);
  const r = points.expand(rhs, x);
  if (!l || !r) return null;
  return judgeValues(points, l, r, op, x.used, judge);
}

/**
 * "bE = b(c\\cos^2\\alpha, c\\cos\\alpha\\sin\\alpha)": one side a vector over points, the
 * other written as a tuple (or tuples added and scaled), judged coordinate by coordinate.
 */
export function judgePointTuples(
  points: Points,
  nodes: readonly [TexNode[], TexNode[]],
  sides: readonly [Expr | string, Expr | string],
  op: RelationOp,
  text: string,
  judge: Judge,
): PointVerdict | null {
  if (points.size === 0 || op !== '=') return null;
  if (sides[0] !== TUPLE && sides[1] !== TUPLE) return null;
  const t = sides[0] === TUPLE ? 0 : 1;
  const other = sides[1 - t];
  if (typeof other === 'string' || !points.mentions(other)) return null;
  if (other.k === 'sym' && points.has(other.name)) return null; // "B = (c, 0)": a definition
  const tuple = readTuple(nodes[t]);
  const x = expansionFor(text);
  const vector = points.expand(other, x);
  if (!tuple || !vector) return null;
  return t === 0
    ? judgeValues(points, tuple, vector, op, x.used, judge)
    : judgeValues(points, vector, tuple, op, x.used, judge);
}

/** A side written as tuples, as one expression per coordinate; null if one is unreadable. */
export function readTuple(nodes: readonly TexNode[]): Expr[] | null {
  const components = tupleSideComponents(nodes);
  if (!components) return null;
  const out: Expr[] = [];
  for (const c of components) {
    const e = toExprOrNull(c);
    if (!e) return null;
    out.push(e);
  }
  return out;
}

function judgeValues(
  points: Points,
  l: PointValue,
  r: PointValue,
  op: RelationOp,
  used: ReadonlySet<string>,
  judge: Judge,
): PointVerdict | null {
  const lv = Array.isArray(l) ? l : null;
  const rv = Array.isArray(r) ? r : null;
  if (!lv !== !rv) return null;
  if (lv && rv && (lv.length !== rv.length || op !== '=')) return null;
  const pairs: [Expr, Expr][] = lv && rv ? lv.map((c, i) => [c, rv[i]]) : [[l as Expr, r as Expr]];
  const basis = `with the coordinates of ${points.describe(used)}`;
  let given: string | undefined;
  for (const [k, [a, b]] of pairs.entries()) {
    const v = judge(a, b, k);
    if (v.verdict === 'holds') {
      given ??= v.given;
      continue;
    }
    const closed = freeSymbols(a).size === 0 && freeSymbols(b).size === 0;
    if (v.verdict === 'false' && closed) {
      const where = pairs.length > 1 ? `in coordinate ${k + 1}: ` : '';
      return { verdict: 'false', witness: `${where}${v.witness} (${basis})` };
    }
    return null;
  }
  return { verdict: 'holds', basis: `holds ${basis}`, ...(given ? { given } : {}) };
}

/** "AF = |b\\cos\\alpha|", "AX = AY": a claim with segments between points given coordinates. */
export function judgeSegments(
  points: Points,
  nodes: readonly [TexNode[], TexNode[]],
  sides: readonly [Expr | string, Expr | string],
  op: RelationOp,
  text: string,
  judge: Judge,
): PointVerdict | null {
  if (sides[0] !== POINT_PAIR && sides[1] !== POINT_PAIR) return null;
  const lhs = readSegments(sides[0], nodes[0], points);
  const rhs = readSegments(sides[1], nodes[1], points);
  if (!lhs || !rhs) return null;
  return judgeWithPoints(points, lhs, rhs, op, text, judge);
}
