import 'server-only';
import { mapInSlices, SLICE_MS, yieldToEventLoop } from '@/lib/async/slices';
import { AppError } from '@/lib/errors';
import { selectedBackend } from './backend';
import { getDb } from './client';
import { pgBulkTransaction } from './pg/bulk-transaction';
import { getPg } from './pg/handle';
import { acquireSqliteTxLock } from './sqlite-tx-lock';
import { checkWriteFault } from './write-fault';

export { mapInSlices, yieldToEventLoop };

const key = Symbol.for('proofdesk.chunkedTransaction');
type G = typeof globalThis & { [key]?: Promise<void> };

/** Resolves when no chunked transaction is open (at once when none is). */
export function chunkedTransactionIdle(): Promise<void> {
  return (globalThis as G)[key] ?? Promise.resolve();
}

/**
 * Resolves when no bulk transaction is open, even if others queued behind the one open now:
 * a synchronous read right after sees committed rows only.
 */
export async function noBulkTransaction(): Promise<void> {
  const g = globalThis as G;
  while (g[key]) await g[key];
}

/**
 * Stores many items in ONE transaction without holding the event loop: the work is cut into
 * slices of about 10 ms, with a yield between them, so live streams and page loads keep
 * being served during a bulk import. All or nothing: if `store` throws, everything is rolled
 * back and the error says which item failed.
 *
 * The transaction is open on the shared connection while other requests run. Writes that
 * must not wait on it — a person's durable decisions (`durableWrite`) and run events (the
 * run writer) — wait for `chunkedTransactionIdle()` first; anything else written meanwhile
 * commits with it. Validate before calling this, so it only fails when the database does.
 */
export async function chunkedTransaction<T>(
  items: readonly T[],
  store: (item: T, index: number) => unknown,
  nameOf: (item: T, index: number) => string,
): Promise<void> {
  await withBulkTransaction(async () => {
    let sliceStart = performance.now();
    for (let i = 0; i < items.length; i++) {
      try {
        checkWriteFault('bulk item');
        await store(items[i], i);
      } catch (err) {
        throw storeFailure(nameOf(items[i], i), err);
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
  });
}

/** The error a person sees when an item could not be stored: which one, why, and that nothing was. */
export function storeFailure(name: string, err: unknown): AppError {
  // The message reaches the person (a 500 that says what failed, not "something").
  const why = (err as Error).message;
  return new AppError('internal', `${name} could not be stored: ${why}; nothing was stored.`);
}

/**
 * ONE write transaction around `work`, which may await (worker results, yields to the event
 * loop) while it is open: committed when `work` resolves, rolled back when it throws. SQLite:
 * one at a time per process, a second waits for the first; see `chunkedTransaction` for what
 * else is written meanwhile. Postgres: `pgBulkTransaction`, on a connection of its own.
 */
export async function withBulkTransaction<R>(work: () => Promise<R>): Promise<R> {
  const backend = selectedBackend();
  if (backend.kind === 'postgres') return pgBulkTransaction(await getPg(backend.url), work);
  const g = globalThis as G;
  while (g[key]) await g[key];
  let done = () => {};
  g[key] = new Promise<void>((r) => {
    done = r;
  });
  const sqlite = getDb().$client;
  try {
    // Not inside an async transaction (`transaction`) that is open now: after this BEGIN,
    // those join the import as savepoints instead.
    const release = await acquireSqliteTxLock();
    try {
      sqlite.exec('BEGIN IMMEDIATE');
    } finally {
      release();
    }
    try {
      const out = await work();
      sqlite.exec('COMMIT');
      return out;
    } catch (err) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw err;
    }
  } finally {
    g[key] = undefined;
    done();
  }
}
