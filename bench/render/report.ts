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

const cpuParts = ({ cpu }: RenderFigures) =>
  [cpu.scriptMs, cpu.layoutMs, cpu.styleMs].map((x) => fmtMs(x)).join(' / ');

/** A figure of the naive page and its ratio to ours, or "n/a" when it was not measured. */
const vs = (
  naive: RenderFigures | null,
  pick: (f: RenderFigures) => number,
  show: (x: number) => string,
  ours: RenderFigures,
) => (naive ? [show(pick(naive)), ratio(pick(naive), pick(ours))] : ['n/a', '']);

/**
 * Prints the workbench's figures beside the naive page's, with naive ÷ workbench ratios and
 * whether the workbench meets each target. True when it meets all of them.
 */
export function printComparison(ours: RenderFigures, naive: RenderFigures | null): boolean {
  const checks = {
    share: ours.longTaskShare <= TARGET.share,
    longest: ours.longestMs <= TARGET.longestMs,
    preview: ours.preview.p95 <= TARGET.previewP95Ms,
  };
  const count = (pick: (f: RenderFigures) => number) => [
    String(pick(ours)),
    naive ? String(pick(naive)) : 'n/a',
    '',
  ];
  table([
    ['', 'workbench', 'naive', 'naive ÷ workbench', 'target'],
    ['stream duration', fmtMs(ours.streamMs), vs(naive, (f) => f.streamMs, fmtMs, ours)[0], '', ''],
    ['text events received', ...count((f) => f.deltas), ''],
    [
      'long tasks (total)',
      fmtMs(ours.longTaskMs),
      ...vs(naive, (f) => f.longTaskMs, fmtMs, ours),
      '',
    ],
    [
      'long tasks / stream duration',
      pct(ours.longTaskShare),
      ...vs(naive, (f) => f.longTaskShare, pct, ours),
      `≤ ${pct(TARGET.share)} ${mark(checks.share)}`,
    ],
    [
      'longest task',
      fmtMs(ours.longestMs),
      ...vs(naive, (f) => f.longestMs, fmtMs, ours),
      `≤ ${TARGET.longestMs} ms ${mark(checks.longest)}`,
    ],
    ...lagRows('preview', ours.preview, naive?.preview ?? null).map((r, i) =>
      i === 1 ? [...r.slice(0, 4), `${r[4]} ${mark(checks.preview)}`] : r,
    ),
    ...(ours.editor ? lagRows('editor', ours.editor, naive?.editor ?? null) : []),
    [
      '(secondary) p95 frame gap',
      fmtMs(ours.p95FrameGapMs),
      ...vs(naive, (f) => f.p95FrameGapMs, fmtMs, ours),
      '',
    ],
    ['(secondary) frames drawn during the stream', ...count((f) => f.frames), ''],
    [
      '(secondary) main-thread CPU, click → end',
      fmtMs(ours.cpu.threadMs),
      ...vs(naive, (f) => f.cpu.threadMs, fmtMs, ours),
      '',
    ],
    ['  of which script / layout / style', cpuParts(ours), naive ? cpuParts(naive) : 'n/a', '', ''],
  ]);
  return Object.values(checks).every(Boolean);
}
