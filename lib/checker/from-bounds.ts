import { asGap, type EarlierBound } from './earlier-bounds';
import { evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols, isAtom, usesUnknownFunction } from './expr';
import { hashString, mulberry32 } from './prng';
import type { RelationOp } from './relations';
import type { SampleVerdict } from './sample';
import { sameFunction } from './through-earlier-samples';

/**
 * An inequality that follows from one or two stated before it by adding them with positive
 * factors and loosening by a constant: "y_j - y_i + 1 \\le -1" from "y_i \\ge y_j + 2",
 * "P(r) > P(0)" from "P(r) > P(1)" and "P(1) > P(0)". Where the inequalities used hold,
 * so does the claim, whatever the symbols are: (claim's gap) = c1·(gap 1) + c2·(gap 2) + c0
 * as functions, with c1, c2 > 0 and c0 ≥ 0. Confirm-only: a claim that does not fit may
 * follow from facts that are not inequalities.
 */

/** Points checked after the fit, and points drawn at most. */
const POINTS = 8;
const DRAWS = 20;
const TOLERANCE = 1e-8;
/** Inequalities tried in pairs: the newest few. */
const PAIRED = 5;

type Row = number[];

/**
 * Values at one set of random real points, each computed once and only when asked: a claim
 * is compared with several inequalities, singly and in pairs, and most fail at once.
 */
class Columns {
  private readonly points: Map<string, number>[] = [];
  private readonly memo = new Map<Expr, number[]>();
  private readonly symbols: string[];
  private readonly random: () => number;

  constructor(exprs: readonly Expr[], seedText: string) {
    this.symbols = [...new Set(exprs.flatMap((e) => [...freeSymbols(e)]))].sort();
    this.random = mulberry32(hashString(`bounds:${seedText}`));
  }

  /**
   * Point `k`, drawn in order when first asked for: most claims fail at the third point, and
   * drawing all DRAWS up front cost more than their comparisons.
   */
  private point(k: number): Map<string, number> {
    while (this.points.length <= k) {
      const at = new Map<string, number>();
      for (const s of this.symbols) at.set(s, (this.random() - 0.3) * 6);
      this.points.push(at);
    }
    return this.points[k];
  }

  /** `e` at point `k`; NaN where undefined or huge (2^{h(o)} at a large h swamps the rest). */
  at(e: Expr, k: number): number {
    let values = this.memo.get(e);
    if (!values) {
      values = [];
      this.memo.set(e, values);
    }
    while (values.length <= k) {
      const x = evaluateFloat(e, this.point(values.length), false, values.length);
      values.push(Math.abs(x) < 1e12 ? x : Number.NaN);
    }
    return values[k];
  }

  /** (claim gap, gap of each bound) at the next points where all are finite, from `k` on. */
  *rows(claim: Expr, gaps: readonly Expr[]): Generator<Row> {
    for (let k = 0; k < DRAWS; k++) {
      const row = [claim, ...gaps].map((e) => this.at(e, k));
      if (row.every(Number.isFinite)) yield row;
    }
  }
}

/** Solves the first rows for (c0, c1, …) by Gaussian elimination; null when singular. */
function solve(rs: readonly Row[], n: number): number[] | null {
  const m = rs.slice(0, n + 1).map((r) => [1, ...r.slice(1), r[0]]);
  for (let col = 0; col <= n; col++) {
    let pivot = col;
    for (let i = col + 1; i <= n; i++) if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) pivot = i;
    if (Math.abs(m[pivot][col]) < 1e-9) return null;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let i = 0; i <= n; i++) {
      if (i === col) continue;
      const f = m[i][col] / m[col][col];
      for (let j = col; j <= n + 1; j++) m[i][j] -= f * m[col][j];
    }
  }
  return m.map((row, i) => row[n + 1] / row[i]);
}

/** How far a row is from c0 + Σ ci·gap_i, to its own scale. */
function off(r: Row, c: readonly number[]): number {
  const [c0, ...ci] = c;
  const terms = ci.map((x, i) => x * r[i + 1]);
  const scale = Math.max(1, Math.abs(r[0]), Math.abs(c0), ...terms.map(Math.abs));
  return Math.abs(r[0] - c0 - terms.reduce((a, b) => a + b, 0)) / scale;
}

/**
 * Whether the claim's gap is c0 + Σ ci·gap_i at every point, with every ci > 0 and c0
 * loosening: fitted on the first rows, then each next row checked as it comes.
 */
function fits(
  claim: { gap: Expr; strict: boolean },
  bounds: readonly EarlierBound[],
  columns: Columns,
): boolean {
  const n = bounds.length;
  const first: Row[] = [];
  let c: number[] | null = null;
  let checked = 0;
  for (const row of columns.rows(
    claim.gap,
    bounds.map((b) => b.gap),
  )) {
    if (!c) {
      first.push(row);
      if (first.length <= n) continue;
      c = solve(first, n);
      if (!c || c.slice(1).some((x) => x <= TOLERANCE)) return false;
      continue;
    }
    if (off(row, c) > TOLERANCE) return false;
    if (++checked === POINTS) break;
  }
  if (!c || checked < POINTS - 2) return false;
  const [c0, ...ci] = c;
  const strictFrom = bounds.some((b) => b.strict);
  const size = Math.max(1, ...ci.map(Math.abs));
  return claim.strict && !strictFrom ? c0 > TOLERANCE * size : c0 >= -TOLERANCE * size;
}

/**
 * The claim `lhs op rhs` as following from earlier inequalities (one; two when the text says
 * it derives the claim), with them as its basis; null when none fits.
 */
export function judgeFromBounds(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  bounds: readonly EarlierBound[],
  seedText: string,
  derives: boolean,
): (SampleVerdict & { basis: string }) | null {
  const claim = asGap(lhs, rhs, op);
  if (!claim || bounds.length === 0 || (isAtom(lhs) && isAtom(rhs))) return null;
  // "for \\lambda < \\frac{\\sqrt 2}{2}": a bound on one symbol is the text's condition, which
  // Grok-4's P5 drafts name again and again (a case, not a step).
  const closed = (e: Expr) => freeSymbols(e).size === 0;
  if ((lhs.k === 'sym' && closed(rhs)) || (rhs.k === 'sym' && closed(lhs))) return null;
  if (usesUnknownFunction(lhs, rhs) && !bounds.some((b) => usesUnknownFunction(b.gap))) return null;
  const mine = freeSymbols(claim.gap);
  if (mine.size === 0) return null;
  // "P(1) > P(0)", with no symbol, may still be half of the step.
  const near = bounds.filter(
    (b) => b.symbols.size === 0 || [...b.symbols].some((s) => mine.has(s)),
  );
  if (near.length === 0) return null;
  const columns = new Columns([claim.gap, ...near.map((b) => b.gap)], seedText);
  const basis = (bs: readonly EarlierBound[]) =>
    `follows from ${[...bs]
      .sort((a, b) => a.line - b.line)
      .map((b) => `${b.text} (line ${b.line})`)
      .join(', ')}`;
  // Said again ("hence a + 1 > |a - 1|" after it) is no step.
  const again = (b: EarlierBound) =>
    sameFunction(claim.larger, b.larger, seedText) &&
    sameFunction(claim.smaller, b.smaller, seedText);
  for (const b of near)
    if (fits(claim, [b], columns)) return again(b) ? null : { verdict: 'holds', basis: basis([b]) };
  if (!derives) return null;
  const few = near.slice(0, PAIRED);
  for (let i = 0; i < few.length; i++)
    for (let j = i + 1; j < few.length; j++)
      if (fits(claim, [few[i], few[j]], columns))
        return { verdict: 'holds', basis: basis([few[i], few[j]]) };
  return null;
}
