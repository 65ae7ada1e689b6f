/**
 * npm run bench:search — pipelined proof search vs the reference harness's batch schedule.
 *
 * Starts the scripted model server in this process with a fixed latency per request that
 * varies per proof (every `--slow-every`-th proof's requests take `--slow-factor` × the
 * base latency), then runs the same search twice through the real engine (the run engine,
 * the HTTP model client against the mock, SQLite in a temp file): once pipelined (ours),
 * once batch-synchronous (each stage waits for its whole batch). Refinement keeps the flaw,
 * so no proof passes and both make every request. Prints requests, wall times, the lower
 * bound (total work ÷ concurrency, or the critical path if longer), efficiency = bound ÷
 * wall, the speedup over batch and the peak RSS of this process (engine + mock server).
 * Targets: efficiency ≥ 0.9, speedup > 1, RSS < 300 MB.
 *
 *   npm run bench:search [-- --pool 16 --verifications 8 --iterations 3 --concurrency 16
 *                            --latency 100 --slow-every 4 --slow-factor 5 --chunk 100]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMockModelServer } from '../scripts/mock-model/server';
import { fmtS, measureSearch, peakRssMb, printTable } from './search-measure';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : undefined;
  return raw === undefined ? fallback : Number(raw);
}

const shape = {
  pool: arg('pool', 16),
  verificationsPerProof: arg('verifications', 8),
  analysesPerRefinement: arg('analyses', 4),
  proofsPerRefinement: arg('proofs', 1),
  iterations: arg('iterations', 3),
  concurrency: arg('concurrency', 16),
};
const mockOptions = {
  tps: 0,
  latencyMs: arg('latency', 100),
  slowEvery: arg('slow-every', 4),
  slowFactor: arg('slow-factor', 5),
  refineFixes: 0,
  // ~100-character chunks: this process also plays the model server, and 6-character chunks
  // (the default) would make both compete for one CPU core (see --chunk).
  chunkChars: arg('chunk', 100),
};
const TARGET_EFFICIENCY = 0.9;
const TARGET_RSS_MB = 300;

async function main() {
  const mock = await startMockModelServer({ port: 0 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-bench-search-'));
  Object.assign(process.env, {
    PROOFDESK_DB: path.join(dir, 'bench.db'),
    OPENAI_BASE_URL: mock.baseURL,
    PROOFDESK_MODEL: 'mock',
    PROOFDESK_CONCURRENCY: String(shape.concurrency),
  });
  // The engine reads its configuration when first used: import it after setting it.
  const db = await import('@/lib/db');
  const { startSearch } = await import('@/lib/search/run-search');
  const { MOCK_PROBLEM } = await import('../scripts/mock-model/proof-texts');

  async function once(mode: 'pipelined' | 'batch') {
    await fetch(`${mock.url}/__reset`, { method: 'POST' });
    await fetch(`${mock.url}/__control`, { method: 'POST', body: JSON.stringify(mockOptions) });
    const sessionId = await db.createSession({ problem: MOCK_PROBLEM, title: `bench ${mode}` });
    const started = performance.now();
    const run = await startSearch(
      sessionId,
      { kind: 'search', ...shape, budgetTokens: null },
      mode,
    );
    for (;;) {
      const r = await db.getRun(run.id);
      if (r && !['queued', 'running'].includes(r.status)) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const wallMs = performance.now() - started;
    const [search] = await db.listSessionSearches(sessionId);
    const log = (await (await fetch(`${mock.url}/__log`)).json()) as { completed: boolean }[];
    const measure = await measureSearch(search.id, shape.concurrency);
    return {
      mode,
      wallMs,
      status: search.status,
      served: log.filter((e) => e.completed).length,
      ...measure,
    };
  }

  console.log(
    `search: pool ${shape.pool} × ${shape.verificationsPerProof} verifications, ${shape.iterations} iterations, concurrency ${shape.concurrency}`,
  );
  console.log(
    `mock latency: ${mockOptions.latencyMs} ms per request, every ${mockOptions.slowEvery}th proof ${mockOptions.slowFactor}× slower · ${os.cpus()[0]?.model ?? 'cpu'} · node ${process.version}\n`,
  );
  const ours = await once('pipelined');
  const batch = await once('batch');
  const rows = [
    ['schedule', 'requests', 'wall', 'work ÷ c', 'critical path', 'bound', 'efficiency'],
  ];
  for (const r of [ours, batch]) {
    rows.push([
      r.mode,
      `${r.requests} (${r.proofs} proofs + ${r.verifications} verifications; server saw ${r.served})`,
      fmtS(r.wallMs),
      fmtS(r.workMs / shape.concurrency),
      fmtS(r.criticalPathMs),
      fmtS(r.boundMs),
      (r.boundMs / r.wallMs).toFixed(3),
    ]);
  }
  printTable(rows);
  const efficiency = ours.boundMs / ours.wallMs;
  const speedup = batch.wallMs / ours.wallMs;
  const rss = peakRssMb();
  console.log('');
  console.log(
    `efficiency (bound ÷ our wall):  ${efficiency.toFixed(3)}  target ≥ ${TARGET_EFFICIENCY}  ${efficiency >= TARGET_EFFICIENCY ? 'ok' : 'MISS'}`,
  );
  console.log(
    `speedup over batch:             ${speedup.toFixed(2)}×  target > 1  ${speedup > 1 ? 'ok' : 'MISS'}`,
  );
  console.log(
    `peak RSS (engine + mock):       ${rss.toFixed(0)} MB  target < ${TARGET_RSS_MB} MB  ${rss < TARGET_RSS_MB ? 'ok' : 'MISS'}`,
  );
  db.closeDb();
  await mock.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const ok = efficiency >= TARGET_EFFICIENCY && speedup > 1 && rss < TARGET_RSS_MB;
  process.exit(ok && ours.status === 'exhausted' && batch.status === 'exhausted' ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
