import { fmtMs, mark, table } from '../support/format';
import type { RenderFigures } from './figures';

const TARGET = { share: 0.1, longestMs: 200, updatesPerSec: 30, factor: 5 };

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const times = (x: number) => (Number.isFinite(x) ? `×${x.toFixed(1)}` : '×∞');

/**
 * Prints the workbench's figures beside the naive page's, with naive ÷ workbench ratios
 * (for updates per second: workbench ÷ naive), and whether each target is met.
 */
export function printComparison(ours: RenderFigures, naive: RenderFigures): boolean {
  const checks = {
    share: ours.longTaskShare <= TARGET.share,
    longest: ours.longestMs <= TARGET.longestMs,
    updates: ours.updatesPerSec >= TARGET.updatesPerSec,
    factor: naive.longTaskShare / ours.longTaskShare >= TARGET.factor,
  };
  table([
    ['', 'workbench', 'naive', 'ratio', 'target'],
    ['stream duration', fmtMs(ours.streamMs), fmtMs(naive.streamMs), '', ''],
    [
      'long tasks (total)',
      fmtMs(ours.longTaskMs),
      fmtMs(naive.longTaskMs),
      times(naive.longTaskMs / ours.longTaskMs),
      '',
    ],
    [
      'long tasks / stream duration',
      pct(ours.longTaskShare),
      pct(naive.longTaskShare),
      times(naive.longTaskShare / ours.longTaskShare),
      `≤ 10%, ≥ ×5 ${mark(checks.share && checks.factor)}`,
    ],
    [
      'longest task',
      fmtMs(ours.longestMs),
      fmtMs(naive.longestMs),
      times(naive.longestMs / ours.longestMs),
      `≤ 200 ms ${mark(checks.longest)}`,
    ],
    [
      'visible updates / s',
      ours.updatesPerSec.toFixed(1),
      naive.updatesPerSec.toFixed(1),
      times(ours.updatesPerSec / naive.updatesPerSec),
      `≥ 30 ${mark(checks.updates)}`,
    ],
    [
      'p95 frame gap',
      fmtMs(ours.p95FrameGapMs),
      fmtMs(naive.p95FrameGapMs),
      times(naive.p95FrameGapMs / ours.p95FrameGapMs),
      '',
    ],
    ['frames drawn during the stream', String(ours.frames), String(naive.frames), '', ''],
  ]);
  return Object.values(checks).every(Boolean);
}
