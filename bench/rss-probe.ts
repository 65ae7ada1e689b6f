/**
 * npx tsx bench/rss-probe.ts [-- --requests 16000 --concurrency 20 --port 3394 --path /api/ready]
 * — the app server's resident memory while it answers many small requests (issue 21's RSS
 * question: what grows with the request rate). Prints RSS and peak RSS every quarter of the
 * run, from /proc.
 *
 *   npx tsx bench/rss-probe.ts -- --import 100000
 *
 * instead imports that many small review records through the web (`POST /api/review/import`,
 * files of 50,000 records, ~17 MB, under the 20 MB limit) into the same server: does the
 * start script's bound on the old space leave room for the largest imports?
 */
import fs from 'node:fs';
import { scaleRecords } from '../e2e/pages/scale';
import { closeApp, ensureBuild, freshDataDir, loadNote, startApp } from './support/app';
import { arg } from './support/format';
import { startMockProcess } from './support/mock-process';

const REQUESTS = Number(arg('requests') ?? 16_000);
const CONCURRENCY = Number(arg('concurrency') ?? 20);
const PORT = Number(arg('port') ?? 3394);
const PATH = arg('path') ?? '/api/ready';
const IMPORT = Number(arg('import') ?? 0);
const IMPORT_FILE_RECORDS = 50_000;

/**
 * With `BENCH_NODE_OPTIONS="--trace-gc …"` the server prints each collection: how many
 * mark-compacts and scavenges ran, and their main-thread pauses in all.
 */
function gcSummary(output: string): string {
  const pauses = (kind: string) =>
    [...output.matchAll(new RegExp(`${kind} [^\\n]*? MB, ([\\d.]+) / `, 'g'))].map((m) =>
      Number(m[1]),
    );
  const line = (kind: string) => {
    const ms = pauses(kind);
    return `${ms.length} ${kind} (${ms.reduce((a, b) => a + b, 0).toFixed(0)} ms)`;
  };
  return `GC (with --trace-gc): ${line('Mark-Compact')}, ${line('Scavenge')}`;
}

/** Current and peak resident set size of `pid`, in MB. */
function rss(pid: number): { now: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024;
  return { now: kb('VmRSS'), peak: kb('VmHWM') };
}

async function main() {
  ensureBuild();
  const mock = await startMockProcess(PORT + 1000);
  const dir = freshDataDir(`bench-rss-probe-${PORT}`);
  const app = await startApp(PORT, mock.baseURL, `${dir}/bench.db`);
  try {
    const show = (label: string) => {
      const { now, peak } = rss(app.pid);
      console.log(`${label.padEnd(22)} RSS ${now.toFixed(0)} MB, peak ${peak.toFixed(0)} MB`);
    };
    if (IMPORT) {
      for (let done = 0; done < IMPORT; done += IMPORT_FILE_RECORDS) {
        const started = performance.now();
        const res = await fetch(`${app.url}/api/review/import?format=auto`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-ndjson' },
          body: scaleRecords(Math.min(IMPORT_FILE_RECORDS, IMPORT - done), { index: 0, word: '' }),
        });
        if (res.status !== 201) throw new Error(`import: ${res.status} ${await res.text()}`);
        show(
          `${done + IMPORT_FILE_RECORDS} imported (${((performance.now() - started) / 1000).toFixed(0)} s)`,
        );
      }
      return;
    }
    console.log(`${REQUESTS} × GET ${PATH}, ${CONCURRENCY} at a time · ${loadNote()}`);
    show('before');
    let sent = 0;
    let done = 0;
    const worker = async () => {
      while (sent < REQUESTS) {
        sent++;
        await (await fetch(`${app.url}${PATH}`)).text();
        done++;
        if (done % (REQUESTS / 4) === 0) show(`after ${done}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    show('at the end');
    console.log(gcSummary(app.output));
    console.log(`after: ${loadNote()}`);
  } finally {
    await closeApp(app);
    await mock.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
