import type { CalibrationPoint } from '@/lib/schemas';

/**
 * Where each session's dot goes on the calibration chart. x is the verifier mean (0–1), y the
 * human grade as a share of full marks, so IMO grades (of 7) and Putnam grades (of 10) share
 * one axis while each keeps its own scale in labels. Sessions on the same spot (most proofs
 * score 1 and 7/7) are fanned out around it, in a fixed order, so every dot stays clickable.
 */
export const CHART = { width: 640, height: 360, left: 52, right: 52, top: 12, bottom: 44 };
/** Room inside the plot around the data, so a fanned-out cluster at 1 or 7/7 stays inside. */
const PAD = 26;

export const plotWidth = CHART.width - CHART.left - CHART.right;
export const plotHeight = CHART.height - CHART.top - CHART.bottom;
export const xOf = (mean: number) => CHART.left + PAD + mean * (plotWidth - 2 * PAD);
export const yOf = (share: number) => CHART.top + PAD + (1 - share) * (plotHeight - 2 * PAD);
export const DOT_RADIUS = 3.5;
const STEP = 3.4;
/** How far a cluster of n dots reaches from its centre. */
export const clusterRadius = (n: number) => STEP * Math.sqrt(Math.max(0, n - 1)) + DOT_RADIUS;

export type PlacedDot = {
  point: CalibrationPoint;
  cx: number;
  cy: number;
  /** How many sessions share this exact spot (drawn as a count beside the first). */
  stack: number;
  first: boolean;
};

const key = (p: CalibrationPoint) =>
  `${p.verifierMean.toFixed(4)}|${(p.humanPoints / p.maxPoints).toFixed(4)}`;

/** Golden-angle spiral offsets: dense, even, and the same for the same order. */
function fan(i: number): { dx: number; dy: number } {
  if (i === 0) return { dx: 0, dy: 0 };
  const r = STEP * Math.sqrt(i);
  const a = i * 2.39996;
  return { dx: r * Math.cos(a), dy: r * Math.sin(a) };
}

export function placeDots(points: CalibrationPoint[]): PlacedDot[] {
  const groups = new Map<string, CalibrationPoint[]>();
  for (const p of points) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  return points.map((p) => {
    const group = groups.get(key(p)) ?? [p];
    const i = group.indexOf(p);
    const { dx, dy } = fan(i);
    return {
      point: p,
      cx: xOf(p.verifierMean) + dx,
      cy: yOf(p.humanPoints / p.maxPoints) + dy,
      stack: group.length,
      first: i === 0,
    };
  });
}

/** What a dot says on hover: never "correct", always what stands behind the score. */
export function dotLabel(p: CalibrationPoint): string {
  const samples =
    p.samples === null
      ? 'imported mean, number of samples unknown'
      : `mean of ${p.samples} sample${p.samples === 1 ? '' : 's'}${p.spread && p.spread.min !== p.spread.max ? `, from ${p.spread.min} to ${p.spread.max}` : ''}`;
  return `${p.title} — verifier ${+p.verifierMean.toFixed(3)} (${samples}); human ${p.humanPoints}/${p.maxPoints}`;
}
