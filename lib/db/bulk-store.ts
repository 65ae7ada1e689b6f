import 'server-only';
import { selectedBackend } from './backend';
import { chunkedTransaction, storeFailure } from './chunked-transaction';
import { transaction } from './transaction';

/**
 * Stores many items in one all-or-nothing transaction, naming the item that failed. SQLite:
 * `chunkedTransaction` (~10 ms slices with yields between them, so one shared connection
 * keeps serving live streams and page loads). Postgres: one `transaction()`; its statements
 * are I/O on a pooled connection, so the event loop is free meanwhile without slicing.
 */
export async function storeAllOrNothing<T>(
  items: readonly T[],
  store: (item: T, index: number) => Promise<unknown>,
  nameOf: (item: T, index: number) => string,
): Promise<void> {
  if (selectedBackend().kind === 'sqlite') return chunkedTransaction(items, store, nameOf);
  await transaction('bulk items', async () => {
    for (let i = 0; i < items.length; i++) {
      try {
        await store(items[i], i);
      } catch (err) {
        throw storeFailure(nameOf(items[i], i), err);
      }
    }
  });
}
