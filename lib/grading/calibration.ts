import type { CalibrationBucket, CalibrationPoint } from '@/lib/schemas';

/**
 * Calibration of the verifier against people (issue 15): which sessions it passed that a
 * person graded low, and how people graded each band of verifier scores. Pure, so the
 * figures can be tested without a database.
 */

/** Every sample scored 1 (a mean of 1 up to rounding). */
export const verifierPassed = (mean: number) => mean >= 1 - 1e-9;

/** A grade of at most 2 of 7 points, or the same share of another scale (2 of 10 for Putnam). */
export const humanLow = (points: number, maxPoints: number) => points / maxPoints <= 2 / 7 + 1e-9;

/** A grade of at least 6 of 7 (IMO-ProofBench's "almost" and above), or that share. */
export const humanHigh = (points: number, maxPoints: number) => points / maxPoints >= 6 / 7 - 1e-9;

/** Sessions the verifier passed that a person graded ≤ 2/7: the ones worth a teacher's look. */
export function passedButLow(points: CalibrationPoint[]): string[] {
  return points
    .filter((p) => verifierPassed(p.verifierMean) && humanLow(p.humanPoints, p.maxPoints))
    .map((p) => p.sessionId);
}

const BANDS: { label: string; from: number; to: number }[] = [
  { label: 'under 0.25', from: 0, to: 0.25 },
  { label: '0.25–0.5', from: 0.25, to: 0.5 },
  { label: '0.5–0.75', from: 0.5, to: 0.75 },
  { label: '0.75–<1', from: 0.75, to: 1 },
  { label: '1 (all passed)', from: 1, to: 1 },
];

function bandOf(mean: number): number {
  if (verifierPassed(mean)) return BANDS.length - 1;
  const i = BANDS.findIndex((b) => mean >= b.from && mean < b.to);
  return Math.max(i, 0);
}

/** Human grades per verifier-score band: how many low, partial and high, and the mean share. */
export function calibrationBuckets(points: CalibrationPoint[]): CalibrationBucket[] {
  const out = BANDS.map((b) => ({
    ...b,
    sessions: 0,
    low: 0,
    partial: 0,
    high: 0,
    shareSum: 0,
  }));
  for (const p of points) {
    const b = out[bandOf(p.verifierMean)];
    b.sessions++;
    b.shareSum += p.humanPoints / p.maxPoints;
    if (humanLow(p.humanPoints, p.maxPoints)) b.low++;
    else if (humanHigh(p.humanPoints, p.maxPoints)) b.high++;
    else b.partial++;
  }
  return out.map(({ shareSum, ...b }) => ({
    ...b,
    meanShare: b.sessions ? shareSum / b.sessions : null,
  }));
}
