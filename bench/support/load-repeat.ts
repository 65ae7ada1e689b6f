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
  /** When the run had several classes: the first one's CPU share, not judged (V8 warm-up). */
  firstClassCpuShare?: number;
};

export type LoadTargets = { p95DelayMs: number; cpuShare: number; rssMb: number };

const pct = (share: number) => `${Math.round(share * 100)}%`;
const tick = (ok: boolean) => (ok ? '✔' : '✘');

/**
 * A run's figures from its classes on one server: CPU of the last class (a server that has
 * run one before), the worst delay and RSS of any, intact only if every class was. Prints
 * the run's verdict, with the first class's CPU beside it.
 */
export function judgeClasses(
  classes: readonly LoadRunFigures[],
  targets: LoadTargets,
): LoadRunFigures {
  const last = classes[classes.length - 1];
  const run: LoadRunFigures = {
    ...last,
    p95DelayMs: Math.max(...classes.map((c) => c.p95DelayMs)),
    rssPeakMb: Math.max(...classes.map((c) => c.rssPeakMb)),
    intact: classes.every((c) => c.intact),
    ...(classes.length > 1 ? { firstClassCpuShare: classes[0].cpuShare } : {}),
  };
  if (classes.length > 1) {
    console.log(
      `\nrun: app CPU ${pct(run.cpuShare)} of one core in class ${classes.length} ${tick(run.cpuShare <= targets.cpuShare)} (≤ ${pct(targets.cpuShare)}; the first class after the start: ${pct(classes[0].cpuShare)}) · ` +
        `p95 event delay ${fmtMs(run.p95DelayMs)} in the worst class ${tick(run.p95DelayMs <= targets.p95DelayMs)} (≤ ${targets.p95DelayMs} ms) · ` +
        `peak RSS ${run.rssPeakMb.toFixed(0)} MB ${tick(run.rssPeakMb <= targets.rssMb)} (≤ ${targets.rssMb} MB)`,
    );
  }
  return run;
}

/**
 * Every run's figures in a table, then the median and range of each, with the targets
 * judged on the median: one run alone says as much about the machine as about the app.
 */
export function printRepeatSummary(runs: readonly LoadRunFigures[], targets: LoadTargets): void {
  console.log(`\n===== ${runs.length} runs =====`);
  table([
    ['run', 'app CPU', '1st class', 'CPU time', 'wall', 'p95 delay', 'peak RSS', 'load', 'intact'],
    ...runs.map((r, i) => [
      String(i + 1),
      pct(r.cpuShare),
      r.firstClassCpuShare === undefined ? '-' : pct(r.firstClassCpuShare),
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
  const firsts = runs.flatMap((r) =>
    r.firstClassCpuShare === undefined ? [] : [r.firstClassCpuShare],
  );
  console.log(
    `median of ${runs.length} runs: ` +
      `p95 event delay ${fmtMs(delay.mid)} (${fmtMs(delay.lo)}–${fmtMs(delay.hi)}) ${tick(delay.mid <= targets.p95DelayMs)} (≤ ${targets.p95DelayMs} ms) · ` +
      `app CPU ${pct(cpu.mid)} of one core (${pct(cpu.lo)}–${pct(cpu.hi)}) ${tick(cpu.mid <= targets.cpuShare)} (≤ ${pct(targets.cpuShare)}) · ` +
      `peak RSS ${rss.mid.toFixed(0)} MB (${rss.lo.toFixed(0)}–${rss.hi.toFixed(0)}) ${tick(rss.mid <= targets.rssMb)} (≤ ${targets.rssMb} MB)` +
      (firsts.length
        ? ` · the first class after each start (not judged): app CPU ${pct(median(firsts))} (${pct(Math.min(...firsts))}–${pct(Math.max(...firsts))})`
        : ''),
  );
}
