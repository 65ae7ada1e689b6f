import 'server-only';
import { type Ambient, ambientTransaction, type QueryDb, withAmbient } from '../ambient';
import { checkWriteFault } from '../write-fault';
import type { PgDb } from './client';

/** SQLSTATEs after which the whole transaction may simply be tried again. */
const RETRYABLE = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected
const ATTEMPTS = 12;

/** drizzle wraps the driver's error (with its SQLSTATE) as `cause`. */
function retryable(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (RETRYABLE.has(e.code ?? '')) return true;
  }
  return false;
}

/** A random pause that grows with the attempts, so colliding transactions spread out. */
const backoff = (attempt: number) =>
  new Promise((r) => setTimeout(r, Math.random() * Math.min(200, 2 ** attempt)));

/**
 * A transaction on a pooled connection. SERIALIZABLE, so a read-modify-write body is as
 * atomic as under SQLite's single writer (BEGIN IMMEDIATE): when Postgres detects that two
 * overlapped, one fails with 40001 and is run again here from the start (bodies touch only
 * the database, so a rerun is safe). Inside the caller's ambient transaction it is a
 * savepoint that commits with it; a conflict then fails the outer one, which retries.
 * Commits are durable by default (synchronous_commit = on), so `durable` needs nothing more.
 */
export async function pgTransaction<T>(
  db: PgDb,
  what: string,
  body: (tx: QueryDb) => Promise<T>,
): Promise<T> {
  const outer = ambientTransaction();
  const run = async (tx: unknown) => {
    checkWriteFault(what);
    const ambient: Ambient = { db: tx as QueryDb, owner: outer?.owner ?? {} };
    return withAmbient(ambient, () => body(ambient.db));
  };
  if (outer) return (outer.db as unknown as PgDb).transaction(run);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(run, { isolationLevel: 'serializable' });
    } catch (err) {
      if (attempt >= ATTEMPTS || !retryable(err)) throw err;
      await backoff(attempt);
    }
  }
}
