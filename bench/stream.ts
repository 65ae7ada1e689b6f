/**
 * npm run bench:stream — streaming pass-through benchmark (issues 7, 12).
 *
 * One upstream stream, two readers at the same moment. For each rate of `--rates` (tokens/s),
 * `--runs` times, the scripted model server streams a `--tokens`-token proof to the app, and:
 *   (a) a raw client reads that very response through the server's tap (GET /__tap: every byte
 *       the server writes to the app's request is copied to the tap in the same call), with
 *       the plain parsing of bench/support/chat-stream-parse.ts, in a process of its own whose
 *       event loop does nothing else (stream/tap-process.ts);
 *   (b) the full path: headless Chromium clicks Generate on the workbench → run engine of
 *       `next start` (the built app) → SQLite → SSE → text drawn in Monaco.
 * Meanwhile `--load` other sessions (default 4) draft through the same app at `--load-tps`
 * tokens/s each (default 200, a fast real model), each followed over its own SSE connection;
 * they start before the click, stream until after the measured run ends, then are stopped.
 * (The app allows 8 requests per model endpoint at once, PROOFDESK_CONCURRENCY: from
 * `--load 8` on, the measured request would queue behind the load.)
 * All times are epoch ms from `performance.timeOrigin + performance.now()`, in the page and
 * in this process alike (stream/one-run.ts), and are taken from the click:
 *   first-token overhead = b's first token drawn − a's first content token at the tap;
 *   ratio = (b's last proof token drawn − click) ÷ (a's last proof token − click).
 * Per rate: overhead and ratio p50 / p95 / max over the runs (nearest rank: with 10 runs,
 * p95 is the 10th value, i.e. the max), events lost/duplicated, text identity (tap = browser =
 * stored = sent), app CPU per 1,000 tokens that streamed through it in the measured window
 * (measured + load sessions), the load average. Targets (issue 12, with the 4-session load):
 * overhead p95 ≤ 50 ms and ratio p95 ≤ 1.02.
 * Then the disk cost of streaming (issue 11): a draft of 400k characters of reasoning and
 * 100k of proof at each of `--disk-rates` tokens/s, bytes written per character streamed.
 *
 * Defaults: 10 runs at 1,000 and 5,000 tokens/s of a 20,000-token proof (about 4.5 and 2 min),
 * then the disk measure at 1,000 and 5,000 (about 2.5 min): 9 min 8 s measured on the 2-core
 * machine at load average 6–14. 200 tokens/s is left out of the defaults (10 × 100 s alone would take 17 min); ask
 * for it with `--rates 200`.
 *
 *   npm run bench:stream [-- --rates 1000,5000 --runs 10 --tokens 20000 --load 4 --load-tps 200
 *                           --port 3750 --mock-port 0]
 *   npm run bench:stream -- --rates none --disk-rates 1000,5000    (the disk measure only)
 * Uses $NEXT_DIST_DIR (default .next); builds it first when missing.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { diskRow, printDiskTable } from './stream/disk-report';
import { type Env, type LoadPlan, proofOf, type RunFigures, runOnce } from './stream/one-run';
import {
  runLine,
  SUMMARY_HEADER,
  summarizeRate,
  TARGET_CPU_PER_K_TOKENS_MS,
  TARGET_OVERHEAD_P95_MS,
  TARGET_RATIO_P95,
} from './stream/report';
import { startTapClient } from './stream/tap-reader';
import { closeApp, ensureBuild, freshDataDir, loadNote, machine, startApp } from './support/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumVersion } from './support/chromium';
import { measureDiskWrites } from './support/disk-writes';
import { arg, table } from './support/format';
import { startMockProcess } from './support/mock-process';

const list = (v: string) => (v === 'none' ? [] : v.split(',').map(Number));
const rates = list(arg('rates') ?? '1000,5000');
const diskRates = list(arg('disk-rates') ?? '1000,5000');
const runs = Number(arg('runs') ?? 10);
const tokens = Number(arg('tokens') ?? 20_000);
const load: LoadPlan = { sessions: Number(arg('load') ?? 4), tps: Number(arg('load-tps') ?? 200) };
const port = Number(arg('port') ?? process.env.BENCH_APP_PORT ?? 3750);
const mockPort = Number(arg('mock-port') ?? 0);

/** `runs` measured streams at one rate, each printed as it ends. */
async function measureRate(env: Env, tps: number) {
  console.log(
    `── ${tps.toLocaleString()} tokens/s · ${runs} runs · load: ${load.sessions ? `${load.sessions} sessions × ${load.tps} tokens/s` : 'none'}`,
  );
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const figures: RunFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const f = await runOnce(env, { tps, words: tokens, tag: `r${tps}n${i + 1}`, load });
    if (!f) continue;
    figures.push(f);
    console.log(runLine(i, f));
  }
  lag.disable();
  return summarizeRate(tps, figures, load, lag.percentile(99) / 1e6);
}

async function main() {
  ensureBuild();
  const mock = await startMockProcess(mockPort);
  const dir = freshDataDir(`bench-stream-${port}`);
  const dbFile = `${dir}/bench.db`;
  const app = await startApp(port, mock.baseURL, dbFile);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const taps = startTapClient();
  const env: Env = { mockUrl: mock.url, appUrl: app.url, appPid: app.pid, browser, taps };
  console.log(`machine: ${machine()} · ${chromiumVersion()} · ${loadNote()}`);
  console.log(
    `proof: ${tokens.toLocaleString()} tokens (${proofOf(tokens).text.length.toLocaleString()} chars)\n`,
  );
  let failed = false;
  const rows: string[][] = [];
  const diskRows: string[][] = [];
  try {
    // Not reported: the first requests after a start load route modules and warm the JIT.
    await runOnce(env, { tps: 5000, words: 500, tag: 'warmup', load, warmup: true });
    for (const tps of rates) {
      const summary = await measureRate(env, tps);
      failed ||= !summary.clean;
      rows.push(summary.row);
    }
    for (const tps of diskRates) {
      const d = await measureDiskWrites({
        mockUrl: mock.url,
        appUrl: app.url,
        appPid: app.pid,
        dbFile,
        tps,
        reasoningChars: 400_000,
        proofChars: 100_000,
      });
      failed ||= !d.intact;
      diskRows.push(diskRow(tps, d));
    }
  } finally {
    await browser.close();
    await taps.stop();
    await closeApp(app);
    await mock.close();
  }
  console.log(`after the runs: ${loadNote()}`);
  if (rows.length) {
    console.log(
      `summary (targets with ${load.sessions} background sessions: first-token overhead p95 ≤ ${TARGET_OVERHEAD_P95_MS} ms, ratio p95 ≤ ${TARGET_RATIO_P95}, 0 lost/duplicated; app CPU ≤ ${TARGET_CPU_PER_K_TOKENS_MS} ms per 1,000 tokens) · ${loadNote()}`,
    );
    table([SUMMARY_HEADER, ...rows]);
  }
  if (diskRows.length) printDiskTable(diskRows);
  if (failed) {
    console.error(
      '\nFAIL: events were lost or duplicated, the text differs from what was sent, or a load stream broke',
    );
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
