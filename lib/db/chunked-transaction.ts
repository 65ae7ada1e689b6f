import 'server-only';
import { mapInSlices, SLICE_MS, yieldToEventLoop } from '@/lib/async/slices';
import { AppError } from '@/lib/errors';
import { getDb } from './client';
import { checkWriteFault } from './write-fault';

export { mapInSlices, yieldToEventLoop };

const key = Symbol.for('proofdesk.chunkedTransaction');
type G = typeof globalThis & { [key]?: Promise<void> };

/** Resolves when no chunked transaction is open (at once when none is). */
export function chunkedTransactionIdle(): Promise<void> {
  return (globalThis as G)[key] ?? Promise.resolve();
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
  const g = globalThis as G;
  // One at a time: a second import waits for the first.
  while (g[key]) await g[key];
  let done = () => {};
  g[key] = new Promise<void>((r) => {
    done = r;
  });
  const sqlite = getDb().$client;
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      let sliceStart = performance.now();
      for (let i = 0; i < items.length; i++) {
        try {
          checkWriteFault('bulk item');
          await store(items[i], i);
        } catch (err) {
          // The message reaches the person (a 500 that says what failed, not "something").
          const why = (err as Error).message;
          throw new AppError(
            'internal',
            `${nameOf(items[i], i)} could not be stored: ${why}; nothing was stored.`,
          );
        }
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
      sqlite.exec('COMMIT');
    } catch (err) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw err;
    }
  } finally {
    g[key] = undefined;
    done();
  }
}
