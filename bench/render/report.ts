import { fmtMs, table } from '../support/format';
import type { LagSummary, RenderFigures } from './figures';

/** Issue 12's targets, on 100k characters / ~2,000 formulas at 8k characters/s. */
export const TARGET = { share: 0.02, longestMs: 50, previewP95Ms: 250 };

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ms = (x: number) => (Number.isFinite(x) ? fmtMs(x) : 'never');
const mark = (ok: boolean) => (ok ? '✔' : '✘');
/** naive ÷ workbench; ∞ when the workbench figure is 0, "—" when either is not a number. */
const ratio = (naive: number, ours: number) => {
  const r = naive / ours;
  if (Number.isNaN(r) || (!Number.isFinite(naive) && !Number.isFinite(ours))) return '—';
  return Number.isFinite(r) ? `×${r.toFixed(1)}` : '×∞';
};

function lagRows(name: string, ours: LagSummary, naive: LagSummary | null): string[][] {
  const row = (label: string, key: 'p50' | 'p95' | 'max', target = '') => [
    `${name} lag ${label}`,
    ms(ours[key]),
    naive ? ms(naive[key]) : 'n/a',
    naive ? ratio(naive[key], ours[key]) : '',
    target,
  ];
  const never = (s: LagSummary) =>
    `${s.measured}/${s.measured + s.unmeasured}, ${s.never} never shown`;
  return [
    row('p50', 'p50'),
    row('p95', 'p95', name === 'preview' ? `≤ ${TARGET.previewP95Ms} ms` : ''),
    row('max', 'max'),
    [`${name}: deltas measured, of all`, never(ours), naive ? never(naive) : 'n/a', '', ''],
  ];
}

/**
 * Prints the workbench's figures beside the naive page's, with naive ÷ workbench ratios and
 * whether the workbench meets each target. True when it meets all of them.
 */
export function printComparison(ours: RenderFigures, naive: RenderFigures): boolean {
  const checks = {
    share: ours.longTaskShare <= TARGET.share,
    longest: ours.longestMs <= TARGET.longestMs,
    preview: ours.preview.p95 <= TARGET.previewP95Ms,
  };
  table([
    ['', 'workbench', 'naive', 'naive ÷ workbench', 'target'],
    ['stream duration', fmtMs(ours.streamMs), fmtMs(naive.streamMs), '', ''],
    ['text events received', String(ours.deltas), String(naive.deltas), '', ''],
    [
      'long tasks (total)',
      fmtMs(ours.longTaskMs),
      fmtMs(naive.longTaskMs),
      ratio(naive.longTaskMs, ours.longTaskMs),
      '',
    ],
    [
      'long tasks / stream duration',
      pct(ours.longTaskShare),
      pct(naive.longTaskShare),
      ratio(naive.longTaskShare, ours.longTaskShare),
      `≤ ${pct(TARGET.share)} ${mark(checks.share)}`,
    ],
    [
      'longest task',
      fmtMs(ours.longestMs),
      fmtMs(naive.longestMs),
      ratio(naive.longestMs, ours.longestMs),
      `≤ ${TARGET.longestMs} ms ${mark(checks.longest)}`,
    ],
    ...lagRows('preview', ours.preview, naive.preview).map((r, i) =>
      i === 1 ? [...r.slice(0, 4), `${r[4]} ${mark(checks.preview)}`] : r,
    ),
    ...(ours.editor ? lagRows('editor', ours.editor, naive.editor) : []),
    [
      '(secondary) p95 frame gap',
      fmtMs(ours.p95FrameGapMs),
      fmtMs(naive.p95FrameGapMs),
      ratio(naive.p95FrameGapMs, ours.p95FrameGapMs),
      '',
    ],
    [
      '(secondary) frames painted during the stream',
      String(ours.frames),
      String(naive.frames),
      '',
      '',
    ],
  ]);
  return Object.values(checks).every(Boolean);
}
