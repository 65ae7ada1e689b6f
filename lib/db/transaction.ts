import 'server-only';
import { ambientTransaction, type QueryDb, withAmbient } from './ambient';
import { selectedBackend } from './backend';
import { getDb } from './client';
import { conn } from './conn';
import { getPg } from './pg/handle';
import { pgTransaction } from './pg/transaction';
import { sqliteTransaction } from './sqlite-transaction';

/**
 * The one transaction API of both backends. `body` gets the transaction, and `conn()`
 * inside it (in any helper the body awaits) returns the same one. On SQLite the body must
 * await only database statements, no timers, no fetch, no files: the connection is shared
 * and the guards in `./sqlite-tx-guard.ts` throw outside production when it does not.
 * Rolled back when `body` throws; nested calls are savepoints.
 */
export async function transaction<T>(what: string, body: (tx: QueryDb) => Promise<T>): Promise<T> {
  return run(what, false, body);
}

/**
 * A transaction for what a person did (a decision, a grade, a hand edit), acknowledged with
 * a 2xx: on SQLite committed with synchronous=FULL after any bulk import, as `durableWrite`;
 * on Postgres every commit is durable already.
 */
export async function durableTransaction<T>(
  what: string,
  body: (tx: QueryDb) => Promise<T>,
): Promise<T> {
  return run(what, true, body);
}

/**
 * `durableTransaction` for a write that may happen while a bulk import is open (a finished
 * draft round): on SQLite it joins the import's transaction and commits with it instead of
 * waiting for the import to end; otherwise it commits with synchronous=FULL.
 */
export async function durableOrInBulk<T>(
  what: string,
  body: (tx: QueryDb) => Promise<T>,
): Promise<T> {
  return run(what, 'or-join-bulk', body);
}

/**
 * Several reads that must agree with each other (a verification and its samples). Postgres:
 * one REPEATABLE READ, READ ONLY transaction, a single snapshot. SQLite: the body as it is;
 * its awaited statements resolve in microtasks, so no other request's write runs between
 * them (the guarantee `transaction` relies on), and no write lock is taken for a read.
 */
export async function readSnapshot<T>(body: (db: QueryDb) => Promise<T>): Promise<T> {
  const backend = selectedBackend();
  if (backend.kind === 'sqlite' || ambientTransaction()) return body((await conn()).db);
  const pool = await getPg(backend.url);
  return pool.transaction(
    (tx) =>
      withAmbient({ db: tx as unknown as QueryDb, owner: {} }, () =>
        body(tx as unknown as QueryDb),
      ),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

async function run<T>(
  what: string,
  durable: boolean | 'or-join-bulk',
  body: (tx: QueryDb) => Promise<T>,
) {
  const backend = selectedBackend();
  if (backend.kind === 'sqlite') return sqliteTransaction(getDb(), { what, durable }, body);
  return pgTransaction(await getPg(backend.url), what, body);
}
