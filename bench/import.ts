/**
 * npm run bench:import — how long the server's event loop is held while a bulk import of
 * 2,000 review records runs (issue 11: no task over 50 ms, so live streams keep flowing).
 * Runs the real import (`importReviewRecords`, one transaction in ~10 ms slices) against a
 * fresh SQLite file, with Node's event-loop delay histogram sampling every millisecond: its
 * maximum is the longest the loop could not serve anything else, including time the OS gave
 * the CPU to other processes. A second measure excludes that: the process's CPU time between
 * two turns of the loop (a setImmediate chain), i.e. how long our own longest task ran.
 *
 *   npm run bench:import [-- --records 2000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { reviewRecords } from '../lib/review/import-fixture.test-support';
import { loadNote, machine } from './support/app';
import { arg } from './support/format';

const records = Number(arg('records') ?? 2_000);

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-bench-import-'));
  process.env.PROOFDESK_DB = path.join(dir, 'bench.db');
  const { closeDb, listSessions } = await import('../lib/db');
  const { importReviewRecords } = await import('../lib/review/import-records');
  await listSessions({}, 1); // open and migrate outside the measurement
  const text = reviewRecords(records);
  console.log(`machine: ${machine()} · ${loadNote()}`);
  console.log(
    `importing ${records.toLocaleString()} records (${(text.length / 1e6).toFixed(2)} MB)`,
  );
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  let maxTaskCpuMs = 0;
  let running = true;
  let last = process.cpuUsage();
  const turn = () => {
    const now = process.cpuUsage(last);
    maxTaskCpuMs = Math.max(maxTaskCpuMs, (now.user + now.system) / 1000);
    last = process.cpuUsage();
    if (running) setImmediate(turn);
  };
  setImmediate(turn);
  const t0 = performance.now();
  const result = await importReviewRecords(text, 'auto', false);
  const ms = performance.now() - t0;
  h.disable();
  running = false;
  const stored = (await listSessions({}, records + 10)).length;
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
  const max = h.max / 1e6;
  console.log(
    `stored ${stored.toLocaleString()} sessions (${result.records.length.toLocaleString()} records) in ${(ms / 1000).toFixed(2)} s`,
  );
  console.log(
    `event-loop delay during the import: p50 ${(h.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(h.percentile(99) / 1e6).toFixed(1)} ms, max ${max.toFixed(1)} ms (target: longest task ≤ 50 ms) ${max <= 50 ? 'ok' : 'MISS'}`,
  );
  console.log(
    `longest task, in CPU time between two turns of the event loop: ${maxTaskCpuMs.toFixed(1)} ms ${maxTaskCpuMs <= 50 ? 'ok' : 'MISS'}`,
  );
  if (stored !== records) process.exit(1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
