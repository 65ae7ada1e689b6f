import { percentile } from '../support/format';
import { deltaLags } from './lag';
import type { PageCpu } from './page-cpu';
import type { RenderProbe } from './probe';

/** Lag from a delta's arrival to its text on screen, on one surface (ms). */
export type LagSummary = {
  p50: number;
  p95: number;
  max: number;
  /** Deltas placed on screen by a marker; `never`: of those, never shown. */
  measured: number;
  never: number;
  unmeasured: number;
};

export type RenderFigures = {
  /** First text event → the run's terminal event, as the page received them (ms). */
  streamMs: number;
  deltas: number;
  longTaskMs: number;
  longTaskShare: number;
  /** Longest task from the click to a second after the stream ended. */
  longestMs: number;
  preview: LagSummary;
  /** Null on a page without an editor (the naive page). */
  editor: LagSummary | null;
  p95FrameGapMs: number;
  frames: number;
  /** Main-thread CPU time from the click to 1.2 s after the end (whatever else ran). */
  cpu: PageCpu;
};

/** A second after the end: the switch from the live stream to the stored draft counts too. */
const SETTLE_MS = 1_000;

/** Overlap of [start, start + duration) with [from, to). */
const overlap = ([start, duration]: [number, number], from: number, to: number) =>
  Math.max(0, Math.min(start + duration, to) - Math.max(start, from));

function summary(p: RenderProbe, markerEnds: number[], surface: 'preview' | 'editor'): LagSummary {
  const { lags, unmeasured } = deltaLags(p.deltas, markerEnds, p.shown[surface]);
  return {
    p50: percentile(lags, 50),
    p95: percentile(lags, 95),
    max: Math.max(...lags),
    measured: lags.length,
    never: lags.filter((l) => !Number.isFinite(l)).length,
    unmeasured,
  };
}

export function figures(
  p: RenderProbe,
  markerEnds: number[],
  hasEditor: boolean,
  cpu: PageCpu,
): RenderFigures {
  const from = p.firstTextAt ?? Number.NaN;
  const to = p.terminalAt ?? Number.NaN;
  const streamMs = to - from;
  const longTaskMs = p.longTasks.reduce((sum, t) => sum + overlap(t, from, to), 0);
  const late = p.longTasks.filter((t) => overlap(t, p.clickedAt ?? from, to + SETTLE_MS) > 0);
  const frames = p.frames.filter((t) => t >= from && t <= to);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  return {
    streamMs,
    deltas: p.deltas.length,
    longTaskMs,
    longTaskShare: longTaskMs / streamMs,
    longestMs: Math.max(0, ...late.map(([, d]) => d)),
    preview: summary(p, markerEnds, 'preview'),
    editor: hasEditor ? summary(p, markerEnds, 'editor') : null,
    p95FrameGapMs: percentile(gaps, 95),
    frames: frames.length,
    cpu,
  };
}
