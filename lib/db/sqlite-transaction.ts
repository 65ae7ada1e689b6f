import 'server-only';
import { type Ambient, ambientTransaction, type QueryDb, withAmbient } from './ambient';
import { noBulkTransaction } from './chunked-transaction';
import type { Db } from './client';
import { macrotaskGuard, markSqliteTransactionOpen } from './sqlite-tx-guard';
import { acquireSqliteTxLock } from './sqlite-tx-lock';
import { checkWriteFault } from './write-fault';

export type TxOptions = {
  /** Names the write for the write-fault seam and the guards' messages. */
  what: string;
  /**
   * Commit with synchronous=FULL (a person's write, see `durableWrite`). `'or-join-bulk'`:
   * the same, but inside a bulk import's open transaction join it (commit with the import)
   * instead of waiting for it to end.
   */
  durable: boolean | 'or-join-bulk';
};

let savepoints = 0;

/**
 * An async transaction on the shared better-sqlite3 connection, for a body that awaits
 * only database statements. Top level: one at a time (a FIFO lock), BEGIN IMMEDIATE, and
 * with `durable` synchronous=FULL after any bulk import has committed, as `durableWrite`.
 * Inside another transaction (the caller's ambient one, or a bulk import's open
 * transaction): a savepoint that commits with it, as better-sqlite3's nested transactions.
 * Rolled back when the body throws.
 */
export async function sqliteTransaction<T>(
  db: Db,
  options: TxOptions,
  body: (tx: QueryDb) => Promise<T>,
): Promise<T> {
  const outer = ambientTransaction();
  if (outer) return inSavepoint(db, outer, options, body);
  for (;;) {
    // Not inside a bulk import's open transaction: that would delay the fsync to its commit.
    if (options.durable === true) await noBulkTransaction();
    const release = await acquireSqliteTxLock();
    try {
      // A bulk import opens only while holding this lock, so this cannot change below.
      if (options.durable === true && db.$client.inTransaction) continue;
      return await topLevel(db, options, body);
    } finally {
      release();
    }
  }
}

async function topLevel<T>(db: Db, options: TxOptions, body: (tx: QueryDb) => Promise<T>) {
  const client = db.$client;
  const ambient: Ambient = { db: db as unknown as QueryDb, owner: {} };
  // Another request's statements must not land in it: the guards report any that do.
  const guard = macrotaskGuard(options.what);
  const guarded = async (tx: QueryDb) => {
    const out = await body(tx);
    guard.check();
    return out;
  };
  markSqliteTransactionOpen(ambient.owner);
  try {
    // A bulk import is open (only when not durable): join it, as a nested transaction would.
    if (client.inTransaction) return await inSavepoint(db, ambient, options, guarded);
    if (options.durable) client.pragma('synchronous = FULL');
    try {
      client.exec('BEGIN IMMEDIATE');
      try {
        checkWriteFault(options.what);
        const out = await withAmbient(ambient, () => guarded(ambient.db));
        client.exec('COMMIT');
        return out;
      } catch (err) {
        if (client.inTransaction) client.exec('ROLLBACK');
        throw err;
      }
    } finally {
      if (options.durable) client.pragma('synchronous = NORMAL');
    }
  } finally {
    markSqliteTransactionOpen(null);
    guard.stop();
  }
}

async function inSavepoint<T>(
  db: Db,
  ambient: Ambient,
  options: TxOptions,
  body: (tx: QueryDb) => Promise<T>,
): Promise<T> {
  const client = db.$client;
  const name = `proofdesk_sp${++savepoints}`;
  client.exec(`SAVEPOINT ${name}`);
  try {
    checkWriteFault(options.what);
    const out = await withAmbient(ambient, () => body(ambient.db));
    client.exec(`RELEASE ${name}`);
    return out;
  } catch (err) {
    client.exec(`ROLLBACK TO ${name}`);
    client.exec(`RELEASE ${name}`);
    throw err;
  }
}
