import type { EarlierEquation } from './earlier-equations';
import { SharedPoints, type Sides } from './shared-points';

/** The newest equations tried in pairs (at most 6 pairs per claim). */
const PAIRED = 4;
const TOLERANCE = 1e-8;

/**
 * Whether the claim's (left − right) is c1·(one's) + c2·(other's) for constants c1, c2 both
 * nonzero, as functions: "a − c = 0" from "a = b" and "b = c" (subtract them), "(1) + (2)".
 * Where both equations hold, so does the claim; not when both cannot hold at once.
 */
function combines(
  claim: Sides,
  one: EarlierEquation,
  other: EarlierEquation,
  points: SharedPoints,
): boolean {
  const rows: [number, number, number][] = [];
  for (let k = 0; k < points.size; k++) {
    // Three values, not a destructured array: this runs at every point of every pair tried.
    const x = points.gap(claim, k);
    const y = points.gap(one, k);
    const z = points.gap(other, k);
    if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) rows.push([x, y, z]);
    // Two points fix c1 and c2; a third that fails rules the pair out early.
    if (rows.length === 3 && !fits(rows)) return false;
  }
  // Equations that cannot hold together ("f(n) = 4", "f(n) = 1": cases listed) give anything.
  return rows.length >= 8 && fits(rows) && !fits(rows.map(([, y, z]) => [1, y, z]));
}

/** Whether one pair (c1, c2), both nonzero, solved from two of the rows, fits them all. */
function fits(rows: readonly [number, number, number][]): boolean {
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) {
      const [x1, y1, z1] = rows[i];
      const [x2, y2, z2] = rows[j];
      const det = y1 * z2 - y2 * z1;
      if (Math.abs(det) <= 1e-9 * Math.max(1, Math.abs(y1 * z2), Math.abs(y2 * z1))) continue;
      const c1 = (x1 * z2 - x2 * z1) / det;
      const c2 = (y1 * x2 - y2 * x1) / det;
      if (Math.abs(c1) < 1e-9 || Math.abs(c2) < 1e-9) return false;
      return rows.every(([x, y, z]) => {
        const scale = Math.max(1, Math.abs(x), Math.abs(c1 * y), Math.abs(c2 * z));
        return Math.abs(x - c1 * y - c2 * z) <= TOLERANCE * scale;
      });
    }
  return false;
}

/**
 * Two earlier equations the claim is a combination of, each with a nonzero constant factor;
 * null when no pair of the newest few is. Only pairs whose symbols cover the claim's are
 * sampled: a symbol of the claim neither has cannot come out of their combination.
 */
export function twoEquations(
  claim: Sides,
  mine: readonly string[],
  candidates: readonly EarlierEquation[],
  seedText: string,
): EarlierEquation[] | null {
  const newest = candidates.slice(0, PAIRED);
  let points: SharedPoints | undefined;
  for (let i = 0; i < newest.length; i++)
    for (let j = i + 1; j < newest.length; j++) {
      const [one, other] = [newest[i], newest[j]];
      if (!mine.every((s) => one.symbols.has(s) || other.symbols.has(s))) continue;
      // Drawn once, over every symbol of the claim and the newest few.
      points ??= new SharedPoints(
        new Set([...mine, ...newest.flatMap((e) => [...e.symbols])]),
        `pair:${seedText}`,
      );
      if (combines(claim, one, other, points)) return [one, other];
    }
  return null;
}
