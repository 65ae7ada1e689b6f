/**
 * npm run bench:stream — streaming pass-through benchmark (issue 7).
 *
 * The scripted model server streams a proof of `--tokens` tokens at each rate of `--rates`
 * tokens/s. For every rate, in the same run, two readers take the same stream:
 *   (a) a plain Node client reading the model server directly;
 *   (b) the full path: model server → Proofdesk run engine (`next start` of the built app) →
 *       SSE → headless Chromium → text drawn in the workbench's Monaco editor.
 * Printed per rate: time to first visible token (both, and the difference), total time
 * (both, and the ratio b/a), events lost or duplicated, the app server's CPU time per 1,000
 * tokens (from /proc). Targets: ratio ≤ 1.05, first-token overhead ≤ 100 ms.
 * Then the disk cost of streaming (issue 11): a draft of 400k characters of reasoning and
 * 100k of proof at each of `--disk-rates` tokens/s, bytes written per character streamed.
 * Target: ≤ 10 bytes per character.
 *
 *   npm run bench:stream [-- --rates 200,1000,5000 --tokens 20000 --port 3750]
 *   npm run bench:stream -- --rates none --disk-rates 1000,5000    (the disk measure only)
 * Uses $NEXT_DIST_DIR (default .next); builds it first when missing.
 */
import { type Browser, chromium } from '@playwright/test';
import { buildLongAnswer } from '../scripts/mock-model/long-proof';
import { startMockModelServer } from '../scripts/mock-model/server';
import { ensureBuild, freshDataDir, loadNote, machine, startApp } from './support/app';
import { runInBrowser } from './support/browser-path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumVersion } from './support/chromium';
import { readDirect } from './support/direct-client';
import { type DiskResult, measureDiskWrites } from './support/disk-writes';
import { arg, fmtMs, mark, table } from './support/format';

const list = (v: string) => (v === 'none' ? [] : v.split(',').map(Number));
const rates = list(arg('rates') ?? '200,1000,5000');
const diskRates = list(arg('disk-rates') ?? '1000,5000');
const TARGET_BYTES_PER_CHAR = 10;
const tokens = Number(arg('tokens') ?? 20_000);
const port = Number(arg('port') ?? process.env.BENCH_APP_PORT ?? 3750);
const TARGET_RATIO = 1.05;
const TARGET_FIRST_MS = 100;

/** The proof of `words` tokens, and where its solution ends (see `total` below). */
function proofOf(words: number) {
  const text = buildLongAnswer(words);
  // "Total" ends at the proof's last token: when a draft finishes, the editor swaps the
  // stream for the stored proof, which is the solution without the self-evaluation (that
  // has its own tab). Both paths are timed to that same token.
  const end = text.slice(0, text.indexOf('## Self Evaluation')).trimEnd().length;
  return { text, end, needle: text.slice(end - 40, end) };
}

type Env = { mockUrl: string; mockBase: string; appUrl: string; appPid: number; browser: Browser };

/** One rate: the direct read, then the same stream through Proofdesk into the browser. */
async function measure(env: Env, tps: number, words: number, warmup = false) {
  const proof = proofOf(words);
  await fetch(`${env.mockUrl}/__control`, {
    method: 'POST',
    body: JSON.stringify({ scenario: 'long', tps, words }),
  });
  const a = await readDirect(env.mockBase, 'mock', proof.end);
  const logBefore = ((await (await fetch(`${env.mockUrl}/__log`)).json()) as unknown[]).length;
  const b = await runInBrowser({
    browser: env.browser,
    appUrl: env.appUrl,
    appPid: env.appPid,
    tailNeedle: proof.needle,
    timeoutMs: (a.doneMs * 3 + 60_000) | 0,
    warmup,
  });
  const log = (await (await fetch(`${env.mockUrl}/__log`)).json()) as { time: string }[];
  const reachedModel = Date.parse(log[logBefore]?.time ?? '') - b.clickedAt;
  if (warmup) return { a, b, intact: true, clean: true, reachedModel };
  const intact = a.text === proof.text && b.text === proof.text && b.storedText === proof.text;
  return { a, b, intact, clean: intact && b.lost === 0 && b.duplicated === 0, reachedModel };
}

function report(
  tps: number,
  { a, b, intact, clean, reachedModel }: Awaited<ReturnType<typeof measure>>,
) {
  const firstDiff = b.firstTokenMs - a.firstTokenMs;
  const ratio = b.totalMs / a.totalMs;
  const cpuPerK = (b.appCpuMs / a.chunks) * 1000;
  console.log(
    `── ${tps.toLocaleString()} tokens/s (${a.chunks.toLocaleString()} tokens incl. reasoning)`,
  );
  table([
    ['', 'direct (a)', 'Proofdesk → browser (b)', 'b − a / b ÷ a'],
    [
      'first visible token',
      fmtMs(a.firstTokenMs),
      fmtMs(b.firstTokenMs),
      `${firstDiff >= 0 ? '+' : ''}${fmtMs(firstDiff)} ${mark(firstDiff <= TARGET_FIRST_MS)}`,
    ],
    [
      "total (to the proof's last token)",
      fmtMs(a.totalMs),
      fmtMs(b.totalMs),
      `×${ratio.toFixed(3)} ${mark(ratio <= TARGET_RATIO)}`,
    ],
  ]);
  console.log(
    `  events: ${b.eventsSent} sent, ${b.eventsReceived} received, ${b.lost} lost, ${b.duplicated} duplicated, ` +
      `${b.connections} SSE connection(s); text identical (direct, browser, stored): ${intact ? 'yes' : 'NO'} ${mark(clean)}`,
  );
  const k = b.breakdown;
  console.log(
    `  first token, from the click: run started (POST answered) ${fmtMs(k.postedMs)}, model server reached ${fmtMs(reachedModel)}, SSE requested ${fmtMs(k.streamCreatedMs)}, open ${fmtMs(k.streamOpenMs)}, first text event ${fmtMs(k.firstEventMs)}, drawn ${fmtMs(k.drawnAfterEventMs)} later`,
  );
  console.log(
    `  app server CPU: ${fmtMs(b.appCpuMs)} for the run = ${cpuPerK.toFixed(1)} ms per 1,000 tokens\n`,
  );
  return [
    tps.toLocaleString(),
    fmtMs(a.firstTokenMs),
    fmtMs(b.firstTokenMs),
    `${firstDiff >= 0 ? '+' : ''}${fmtMs(firstDiff)}`,
    fmtMs(a.totalMs),
    fmtMs(b.totalMs),
    ratio.toFixed(3),
    `${b.lost}/${b.duplicated}`,
    cpuPerK.toFixed(1),
  ];
}

/** write() bytes are what SQLite hands the OS (WAL frames, then the checkpoint's pages). */
function diskRow(tps: number, d: DiskResult): string[] {
  const perChar = (d.appWchar + d.checkpointWchar) / d.chars;
  const blockPerChar = (d.appWriteBytes + d.checkpointWriteBytes) / d.chars;
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  return [
    tps.toLocaleString(),
    d.chars.toLocaleString(),
    `${d.seconds.toFixed(1)} s`,
    mb(d.appWchar),
    mb(d.checkpointWchar),
    `${perChar.toFixed(1)} ${mark(perChar <= TARGET_BYTES_PER_CHAR)}`,
    blockPerChar.toFixed(1),
    d.intact ? 'yes' : 'NO',
  ];
}

async function main() {
  ensureBuild();
  const mock = await startMockModelServer({ port: 0 });
  const dir = freshDataDir(`bench-stream-${port}`);
  const dbFile = `${dir}/bench.db`;
  const app = await startApp(port, mock.baseURL, dbFile);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const env: Env = {
    mockUrl: mock.url,
    mockBase: mock.baseURL,
    appUrl: app.url,
    appPid: app.pid,
    browser,
  };
  console.log(`machine: ${machine()} · ${chromiumVersion()} · ${loadNote()}`);
  console.log(
    `proof: ${tokens.toLocaleString()} tokens (${proofOf(tokens).text.length.toLocaleString()} chars)\n`,
  );
  let failed = false;
  const rows: string[][] = [];
  const diskRows: string[][] = [];
  try {
    // Not reported: the first requests after a start load route modules and warm the JIT.
    await measure(env, 5000, 500, true);
    for (const tps of rates) {
      const result = await measure(env, tps, tokens);
      failed ||= !result.clean;
      rows.push(report(tps, result));
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
    await app.kill();
    await mock.close();
  }
  console.log(`after the runs: ${loadNote()}`);
  console.log('summary (targets: ratio ≤ 1.05, first-token overhead ≤ 100 ms, 0 lost/duplicated)');
  table([
    [
      'tokens/s',
      'first a',
      'first b',
      'overhead',
      'total a',
      'total b',
      'ratio b/a',
      'lost/dup',
      'CPU ms/1k tok',
    ],
    ...rows,
  ]);
  if (diskRows.length) {
    console.log(
      `\ndisk writes per character streamed (400k reasoning + 100k proof; target ≤ ${TARGET_BYTES_PER_CHAR} bytes/char)`,
    );
    table([
      [
        'tokens/s',
        'chars',
        'time',
        'app write()',
        'checkpoint',
        'bytes/char',
        'block layer/char',
        'stored = sent',
      ],
      ...diskRows,
    ]);
  }
  if (failed) {
    console.error('\nFAIL: events were lost or duplicated, or the text differs from what was sent');
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
