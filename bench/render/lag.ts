/** A text event as the page received it: arrival time and the offset its text ends at. */
export type Delta = [arrivedAt: number, end: number];
/** When each marker was first in view on a surface: [frame time, marker index], any order. */
export type Shown = [at: number, marker: number][];

export type LagFigures = {
  /** Lag of every measured delta (ms); Infinity when it was never shown. */
  lags: number[];
  /** Deltas that completed no marker, so cannot be placed on screen. */
  unmeasured: number;
};

/** Index of the last marker ending at or before `offset`, or -1. */
function lastMarkerBy(ends: number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The times at which the furthest marker shown so far grew: time order, growing markers. */
function furthestOverTime(shown: Shown): Shown {
  const furthest: Shown = [];
  for (const [at, marker] of [...shown].sort((a, b) => a[0] - b[0])) {
    if (marker > (furthest.at(-1)?.[1] ?? -1)) furthest.push([at, marker]);
  }
  return furthest;
}

/** Time of the first entry of `furthest` that reached `marker`, or Infinity. */
function firstShown(shown: Shown, marker: number): number {
  let lo = 0;
  let hi = shown.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shown[mid][1] >= marker) hi = mid;
    else lo = mid + 1;
  }
  return shown[lo]?.[0] ?? Number.POSITIVE_INFINITY;
}

/**
 * Lag per delta: from its arrival to the first frame in which the last marker it completed
 * (or any later one: a view that jumped past it) was on screen. A delta is applied to the
 * page in one piece, so that frame shows the delta's text up to that marker, and closed
 * formulas before it typeset; a delta that completes no marker (it is shorter than the
 * spacing, or lies outside the proof) is counted as unmeasured.
 */
export function deltaLags(deltas: Delta[], markerEnds: number[], shown: Shown): LagFigures {
  const furthest = furthestOverTime(shown);
  const lags: number[] = [];
  let unmeasured = 0;
  let start = 0;
  for (const [arrivedAt, end] of deltas) {
    const marker = lastMarkerBy(markerEnds, end);
    if (marker < 0 || markerEnds[marker] <= start) unmeasured++;
    else lags.push(firstShown(furthest, marker) - arrivedAt);
    start = end;
  }
  return { lags, unmeasured };
}
