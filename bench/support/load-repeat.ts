import { fmtMs, median, table } from './format';

/** What one `bench:load` run measured, for the side-by-side of `--repeat`. */
export type LoadRunFigures = {
  p95DelayMs: number;
  /** The busiest instance's CPU over the run's wall time (1 = one core). */
  cpuShare: number;
  rssPeakMb: number;
  cpuMs: number;
  wallMs: number;
  /** One-minute load average when the run ended. */
  load: number;
  /** No error, no lost, repeated or foreign text. */
  intact: boolean;
};

export type LoadTargets = { p95DelayMs: number; cpuShare: number; rssMb: number };

const pct = (share: number) => `${Math.round(share * 100)}%`;
const tick = (ok: boolean) => (ok ? '✔' : '✘');

/**
 * Every run's figures in a table, then the median and range of each, with the targets
 * judged on the median: one run alone says as much about the machine as about the app.
 */
export function printRepeatSummary(runs: readonly LoadRunFigures[], targets: LoadTargets): void {
  console.log(`\n===== ${runs.length} runs =====`);
  table([
    ['run', 'app CPU', 'CPU time', 'wall', 'p95 delay', 'peak RSS', 'load', 'intact'],
    ...runs.map((r, i) => [
      String(i + 1),
      pct(r.cpuShare),
      fmtMs(r.cpuMs),
      fmtMs(r.wallMs),
      fmtMs(r.p95DelayMs),
      `${r.rssPeakMb.toFixed(0)} MB`,
      r.load.toFixed(2),
      r.intact ? 'yes' : 'NO',
    ]),
  ]);
  const of = (pick: (r: LoadRunFigures) => number) => {
    const values = runs.map(pick);
    return { mid: median(values), lo: Math.min(...values), hi: Math.max(...values) };
  };
  const cpu = of((r) => r.cpuShare);
  const delay = of((r) => r.p95DelayMs);
  const rss = of((r) => r.rssPeakMb);
  console.log(
    `median of ${runs.length} runs: ` +
      `p95 event delay ${fmtMs(delay.mid)} (${fmtMs(delay.lo)}–${fmtMs(delay.hi)}) ${tick(delay.mid <= targets.p95DelayMs)} (≤ ${targets.p95DelayMs} ms) · ` +
      `app CPU ${pct(cpu.mid)} of one core (${pct(cpu.lo)}–${pct(cpu.hi)}) ${tick(cpu.mid <= targets.cpuShare)} (≤ ${pct(targets.cpuShare)}) · ` +
      `peak RSS ${rss.mid.toFixed(0)} MB (${rss.lo.toFixed(0)}–${rss.hi.toFixed(0)}) ${tick(rss.mid <= targets.rssMb)} (≤ ${targets.rssMb} MB)`,
  );
}
