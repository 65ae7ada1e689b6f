import { percentile } from '../support/format';
import type { RenderProbe } from './probe';

export type RenderFigures = {
  /** First text event → the run's terminal event, as the page received them (ms). */
  streamMs: number;
  longTaskMs: number;
  longTaskShare: number;
  /** Longest task from the click to a second after the stream ended. */
  longestMs: number;
  updatesPerSec: number;
  p95FrameGapMs: number;
  frames: number;
};

/** A second after the end: the switch from the live stream to the stored draft counts too. */
const SETTLE_MS = 1_000;

/** Overlap of [start, start + duration) with [from, to). */
const overlap = ([start, duration]: [number, number], from: number, to: number) =>
  Math.max(0, Math.min(start + duration, to) - Math.max(start, from));

export function figures(p: RenderProbe): RenderFigures {
  const from = p.firstTextAt ?? Number.NaN;
  const to = p.terminalAt ?? Number.NaN;
  const streamMs = to - from;
  const longTaskMs = p.longTasks.reduce((sum, t) => sum + overlap(t, from, to), 0);
  const late = p.longTasks.filter((t) => overlap(t, p.clickedAt ?? from, to + SETTLE_MS) > 0);
  const frames = p.frames.filter((t) => t >= from && t <= to);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  return {
    streamMs,
    longTaskMs,
    longTaskShare: longTaskMs / streamMs,
    longestMs: Math.max(0, ...late.map(([, d]) => d)),
    updatesPerSec: p.updates.filter((t) => t >= from && t <= to).length / (streamMs / 1000),
    p95FrameGapMs: percentile(gaps, 95),
    frames: frames.length,
  };
}
