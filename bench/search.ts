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
 *
 * Two workloads, each printed beside its result:
 * - varied: every `--slow-every`-th proof is `--slow-factor`× slower (where pipelining wins);
 * - even: every request takes the base latency (where pipelining has nothing to win, and
 *   must not lose: batch ÷ pipelined ≥ 0.98).
 * Targets: efficiency ≥ 0.9 and speedup > 1 on varied, ratio ≥ 0.98 on even, RSS < 300 MB.
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
const baseOptions = {
  tps: 0,
  latencyMs: arg('latency', 100),
  refineFixes: 0,
  // ~100-character chunks: this process also plays the model server, and 6-character chunks
  // (the default) would make both compete for one CPU core (see --chunk).
  chunkChars: arg('chunk', 100),
};
const WORKLOADS = [
  {
    name: 'varied',
    describe: (o: typeof baseOptions) =>
      `${o.latencyMs} ms per request, every ${arg('slow-every', 4)}th proof ${arg('slow-factor', 5)}× slower`,
    options: { ...baseOptions, slowEvery: arg('slow-every', 4), slowFactor: arg('slow-factor', 5) },
    target: (speedup: number) => speedup > 1,
    targetText: '> 1',
  },
  {
    name: 'even',
    describe: (o: typeof baseOptions) => `${o.latencyMs} ms per request, every proof alike`,
    options: { ...baseOptions, slowEvery: 0, slowFactor: 1 },
    target: (speedup: number) => speedup >= 0.98,
    targetText: '≥ 0.98',
  },
] as const;
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

  async function once(mode: 'pipelined' | 'batch', mockOptions: object) {
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
    `search: pool ${shape.pool} × ${shape.verificationsPerProof} verifications, ${shape.iterations} iterations, concurrency ${shape.concurrency} · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length} · node ${process.version}`,
  );
  let ok = true;
  for (const workload of WORKLOADS) {
    console.log(`\n## workload "${workload.name}": ${workload.describe(workload.options)}\n`);
    const ours = await once('pipelined', workload.options);
    const batch = await once('batch', workload.options);
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
    const effOk = workload.name !== 'varied' || efficiency >= TARGET_EFFICIENCY;
    const speedOk = workload.target(speedup);
    console.log('');
    console.log(
      `[${workload.name}] efficiency (bound ÷ our wall):  ${efficiency.toFixed(3)}${workload.name === 'varied' ? `  target ≥ ${TARGET_EFFICIENCY}  ${effOk ? 'ok' : 'MISS'}` : ''}`,
    );
    console.log(
      `[${workload.name}] batch wall ÷ pipelined wall:   ${speedup.toFixed(3)}  target ${workload.targetText}  ${speedOk ? 'ok' : 'MISS'}`,
    );
    ok &&= effOk && speedOk && ours.status === 'exhausted' && batch.status === 'exhausted';
  }
  const rss = peakRssMb();
  console.log(
    `\npeak RSS (engine + mock):       ${rss.toFixed(0)} MB  target < ${TARGET_RSS_MB} MB  ${rss < TARGET_RSS_MB ? 'ok' : 'MISS'}`,
  );
  db.closeDb();
  await mock.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(ok && rss < TARGET_RSS_MB ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
