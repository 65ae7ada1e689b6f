import { fmtMs, median } from '../support/format';
import type { LoadPlan, RunFigures } from './one-run';
import { type Spread, spread } from './stats';

/** Issue 12's targets, over 10 runs with 4 background sessions streaming. */
export const TARGET_OVERHEAD_P95_MS = 50;
export const TARGET_RATIO_P95 = 1.02;
/** Issue 21: app CPU per 1,000 streamed tokens, at 200, 1,000 and 5,000 tokens/s. */
export const TARGET_CPU_PER_K_TOKENS_MS = 50;

export const tick = (ok: boolean) => (ok ? '✔' : '✘');
const signed = (ms: number) => `${ms >= 0 ? '+' : ''}${fmtMs(ms)}`;
const ms3 = (s: Spread) => `${fmtMs(s.p50)} / ${fmtMs(s.p95)} / ${fmtMs(s.max)}`;
const x3 = (s: Spread) => `${s.p50.toFixed(3)} / ${s.p95.toFixed(3)} / ${s.max.toFixed(3)}`;

/** One line per run, printed as it ends (a run at 1,000 tokens/s takes ~25 s). */
export function runLine(i: number, f: RunFigures): string {
  const load = f.load.sessions
    ? `load ${f.load.sessions} ${f.load.coveredWholeRun && !f.load.corrupt && !f.load.lost && !f.load.duplicated ? 'ok' : 'NOT OK'}`
    : 'no load';
  return (
    `  run ${String(i + 1).padStart(2)}: first token a ${fmtMs(f.a.firstMs)}, b ${fmtMs(f.b.firstTokenMs)} (${signed(f.overheadMs)}: ` +
    `in the page ${signed(f.b.breakdown.firstEventMs - f.a.firstMs)}, drawn ${fmtMs(f.b.breakdown.drawnAfterEventMs)} later) · ` +
    `last a ${fmtMs(f.a.lastMs)}, b ${fmtMs(f.b.totalMs)} (×${f.ratio.toFixed(3)}) · ` +
    `lost/dup ${f.b.lost}/${f.b.duplicated}${f.b.connections === 1 ? '' : ` · ${f.b.connections} SSE connections`} · text ${f.intact ? 'identical' : 'DIFFERS'} · ${load} · ` +
    `CPU ${f.cpuPerKTokens.toFixed(0)} ms/1k tok · load avg ${f.loadAverage.toFixed(2)}`
  );
}

export type RateSummary = { row: string[]; clean: boolean; metTargets: boolean };

/** The figures of one rate over its runs: spreads, targets, where the first token's time goes. */
export function summarizeRate(
  tps: number,
  runs: RunFigures[],
  load: LoadPlan,
  benchLagP99Ms: number,
): RateSummary {
  const overhead = spread(runs.map((r) => r.overheadMs));
  const ratio = spread(runs.map((r) => r.ratio));
  const lost = runs.reduce((n, r) => n + r.b.lost, 0);
  const dup = runs.reduce((n, r) => n + r.b.duplicated, 0);
  const intact = runs.filter((r) => r.intact).length;
  const loadOk = runs.every(
    (r) => r.load.coveredWholeRun && !r.load.corrupt && !r.load.lost && !r.load.duplicated,
  );
  const cpu = median(runs.map((r) => r.cpuPerKTokens));
  const loads = runs.map((r) => r.loadAverage);
  const loadAvg = `${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`;
  const overheadOk = overhead.p95 <= TARGET_OVERHEAD_P95_MS;
  const ratioOk = ratio.p95 <= TARGET_RATIO_P95;
  const clean = lost === 0 && dup === 0 && intact === runs.length && loadOk;

  const med = (pick: (r: RunFigures) => number) => fmtMs(median(runs.map(pick)));
  const k = (r: RunFigures) => r.b.breakdown;
  console.log(
    `  first-token overhead (b − a) p50 / p95 / max: ${ms3(overhead)}  ${tick(overheadOk)} (p95 ≤ ${TARGET_OVERHEAD_P95_MS} ms)`,
  );
  console.log(
    `  ratio (b ÷ a, to the last token) p50 / p95 / max: ${x3(ratio)}  ${tick(ratioOk)} (p95 ≤ ${TARGET_RATIO_P95})`,
  );
  console.log(
    `  lost/duplicated events ${lost}/${dup}; text identical (tap, browser, stored, sent) in ${intact}/${runs.length} runs; ` +
      `background load ${load.sessions ? `${load.sessions} × ${load.tps} tokens/s, covering every run, intact: ${loadOk ? 'yes' : 'NO'}` : 'none'} ${tick(clean)}`,
  );
  const cpuOk = cpu <= TARGET_CPU_PER_K_TOKENS_MS;
  console.log(
    `  app CPU (median) ${cpu.toFixed(1)} ms per 1,000 tokens streamed through it (measured + load sessions)  ${tick(cpuOk)} (≤ ${TARGET_CPU_PER_K_TOKENS_MS} ms); load average (1 min) ${loadAvg}`,
  );
  console.log(
    `  first token, medians from the click: POST answered ${med((r) => k(r).postedMs)}, model server answered ${med((r) => r.a.modelAnsweredMs)}, ` +
      `EventSource created ${med((r) => k(r).streamCreatedMs)}, SSE headers in ${med((r) => k(r).streamHeadersMs)}, SSE open ${med((r) => k(r).streamOpenMs)}, first token at the tap (a) ${med((r) => r.a.firstMs)}, first text event in the page ${med((r) => k(r).firstEventMs)}, ` +
      `drawn ${med((r) => k(r).drawnAfterEventMs)} after that event; page main thread in long tasks before the first token was drawn ${med((r) => k(r).longTasksBeforeFirstMs)}; this bench's event-loop lag p99 ${fmtMs(benchLagP99Ms)}\n` +
      `  last token, medians from the click: at the tap (a) ${med((r) => r.a.lastMs)}, its text event in the page ${med((r) => k(r).tailEventMs)}, drawn ${med((r) => k(r).tailDrawnAfterEventMs)} after that event\n`,
  );
  return {
    clean,
    metTargets: overheadOk && ratioOk && cpuOk,
    row: [
      tps.toLocaleString(),
      String(runs.length),
      load.sessions ? `${load.sessions} × ${load.tps}/s` : 'none',
      `${ms3(overhead)} ${tick(overheadOk)}`,
      `${x3(ratio)} ${tick(ratioOk)}`,
      `${lost}/${dup}`,
      `${cpu.toFixed(1)} ${tick(cpuOk)}`,
      loadAvg,
    ],
  };
}

export const SUMMARY_HEADER = [
  'tokens/s',
  'runs',
  'load',
  'first-token overhead p50/p95/max',
  'ratio p50/p95/max',
  'lost/dup',
  'CPU ms/1k tok',
  'load avg',
];
