import 'server-only';
import { type QueryDb, withAmbient } from '../ambient';
import type { PgDb } from './client';

/**
 * `withBulkTransaction` on Postgres: ONE transaction on a pooled connection around `work`,
 * which may await anything (worker results, yields); `conn()` inside it hands out this
 * transaction. READ COMMITTED and never retried: `work` is an import that reports progress
 * as it goes, so it cannot simply run again, and inserting fresh rows conflicts with nobody.
 * Other requests keep their own connections meanwhile, so nothing waits for it.
 */
export function pgBulkTransaction<R>(db: PgDb, work: () => Promise<R>): Promise<R> {
  return db.transaction((tx) => withAmbient({ db: tx as unknown as QueryDb, owner: {} }, work));
}
