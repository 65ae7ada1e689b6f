/**
 * npx tsx --conditions=react-server bench/slot-acquire.ts [-- --n 2000] — what the shared
 * endpoint limit costs a model request on Postgres (issue 18): the time to acquire an
 * uncontended slot (the local semaphore, then one advisory-lock try on a warm connection)
 * and to release it (unlock + NOTIFY, then the local slot), p50/p95/max over n requests on a
 * throwaway cluster. The SQLite path (the semaphore alone) beside it. Then the hand-over
 * between two instances at a limit of 1: from A's release to B's waiting acquire resolving
 * (unlock + NOTIFY, B's LISTEN connection, B's try).
 */

import pg from 'pg';
import { Semaphore } from '@/lib/model/semaphore';
import { endpointKey } from '@/lib/model/slots/endpoint-key';
import { SharedEndpointLimiter } from '@/lib/model/slots/shared-limiter';
import { SlotWakeups } from '@/lib/model/slots/slot-wakeups';
import { startCluster } from '../scripts/pg/cluster';
import { loadNote } from './support/app';
import { arg } from './support/format';

const N = Number(arg('n') ?? 2000);

function quantiles(ms: number[]) {
  const s = [...ms].sort((x, y) => x - y);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))].toFixed(3);
  return `p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${s.at(-1)?.toFixed(3)} ms`;
}

async function measure(limiter: { acquire: () => Promise<() => void> }, local: Semaphore) {
  const acquire: number[] = [];
  const release: number[] = [];
  for (let i = 0; i < N + 100; i++) {
    const t0 = performance.now();
    const free = await limiter.acquire();
    const t1 = performance.now();
    free();
    while (local.inUse > 0) await new Promise((r) => setImmediate(r));
    if (i >= 100) {
      acquire.push(t1 - t0);
      release.push(performance.now() - t1);
    }
  }
  return { acquire: quantiles(acquire), release: quantiles(release) };
}

/** A holds the only slot, B waits; the time from A's release to B holding it. */
async function handovers(url: string, key: number) {
  const make = () => {
    const wakeups = new SlotWakeups(url);
    const local = new Semaphore(1);
    return {
      wakeups,
      limiter: new SharedEndpointLimiter(local, { url, key, wakeups, pollMs: 2000 }),
    };
  };
  const [a, b] = [make(), make()];
  await Promise.all([a.wakeups.ready(), b.wakeups.ready()]);
  const times: number[] = [];
  for (let i = 0; i < Math.min(N, 300) + 20; i++) {
    const freeA = await a.limiter.acquire();
    const waiting = b.limiter.acquire();
    await new Promise((r) => setTimeout(r, 2));
    const t0 = performance.now();
    freeA();
    const freeB = await waiting;
    if (i >= 20) times.push(performance.now() - t0);
    freeB();
    while (a.limiter.local.inUse + b.limiter.local.inUse > 0)
      await new Promise((r) => setImmediate(r));
  }
  for (const side of [a, b]) await Promise.all([side.limiter.end(), side.wakeups.close()]);
  return quantiles(times);
}

async function main() {
  const cluster = await startCluster();
  if (!cluster) throw new Error('no PostgreSQL binaries');
  try {
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    await admin.query('CREATE DATABASE bench_slots');
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = '/bench_slots';
    const wakeups = new SlotWakeups(url.toString());
    await wakeups.ready();
    const local = new Semaphore(8);
    const opts = {
      url: url.toString(),
      key: endpointKey('http://bench/v1'),
      wakeups,
      pollMs: 2000,
    };
    const shared = new SharedEndpointLimiter(local, opts);
    console.log(`uncontended slot, ${N} requests one after another (${loadNote()})`);
    const pgRun = await measure(shared, local);
    console.log(`postgres  acquire: ${pgRun.acquire}\n          release: ${pgRun.release}`);
    const sqlite = new Semaphore(8);
    const sqliteRun = await measure(sqlite, sqlite);
    console.log(`sqlite    acquire: ${sqliteRun.acquire}\n          release: ${sqliteRun.release}`);
    await shared.end();
    await wakeups.close();
    const handover = await handovers(url.toString(), endpointKey('http://bench-2/v1'));
    console.log(`hand-over A→B at a limit of 1: ${handover}`);
  } finally {
    cluster.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
