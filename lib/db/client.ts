import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { backendProblem, selectedBackend } from './backend';
import { chunkedTransactionIdle } from './chunked-transaction';
import * as schema from './schema';
import { interleavingGuard } from './sqlite-tx-guard';
import { cacheStatements } from './statement-cache';
import { checkWriteFault } from './write-fault';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const globalKey = Symbol.for('proofdesk.db');
type GlobalWithDb = typeof globalThis & { [globalKey]?: Db };

function projectRoot(): string {
  return process.env.PROOFDESK_ROOT ?? process.cwd();
}

export function databasePath(): string {
  return path.resolve(projectRoot(), process.env.PROOFDESK_DB ?? 'data/proofdesk.db');
}

/** A SQLite file opened and migrated as the app opens its own (also the source of `migrate`). */
export function openSqliteFile(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL keeps readers (SSE replays, page loads) off the writer's back. With NORMAL, a commit
  // is written to the WAL but not fsynced: it survives a process crash (SIGKILL), while a
  // power loss or OS crash can lose the commits since the last fsync (the WAL is fsynced at
  // each checkpoint, about every 4 MB of writes, and by every FULL commit). The writes a
  // person makes (decisions, notes, grades, edits) go through `durableWrite` below, which
  // commits with FULL: once the API answered, they survive power loss. docs/RELIABILITY.md
  // says what each kind of write can lose.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  cacheStatements(sqlite);
  // The logger sees each statement as it runs: see `interleavingGuard`.
  const db = drizzle(sqlite, { schema, logger: interleavingGuard }) as Db;
  migrate(db, { migrationsFolder: path.join(projectRoot(), 'lib/db/migrations') });
  return db;
}

/**
 * The SQLite file to open. With PROOFDESK_DATABASE_URL set to Postgres, code reaching for the
 * SQLite connection is a bug (queries go through `conn()`): it fails, rather than quietly
 * writing to a SQLite file nobody else sees.
 */
function sqliteOnly(): string {
  const problem = backendProblem();
  if (problem) throw new Error(problem);
  if (selectedBackend().kind === 'postgres') {
    throw new Error('getDb() is the SQLite connection: on Postgres, queries go through conn()');
  }
  return databasePath();
}

/** One connection per process, created lazily and shared across route handlers. */
export function getDb(): Db {
  const g = globalThis as GlobalWithDb;
  g[globalKey] ??= openSqliteFile(sqliteOnly());
  return g[globalKey];
}

/**
 * One transaction committed with `synchronous = FULL`: the WAL is fsynced before this
 * returns, so the write (and every commit before it) survives a power loss. For what a person
 * did — decisions, overrides and notes, grades, hand edits — which the API acknowledges with a
 * 2xx. better-sqlite3 is synchronous, so no other statement runs between the pragma and the
 * commit; a bulk import's open transaction (`chunkedTransaction`) is waited for first. Streamed run events stay NORMAL (a run cut by power loss is re-run anyway).
 */
export async function durableWrite<T>(what: string, write: (tx: Db) => T): Promise<T> {
  // Not inside a bulk import's open transaction: that would delay the fsync to its commit.
  await chunkedTransactionIdle();
  return fullSyncTransaction(what, write);
}

/**
 * `durableWrite` without the wait, for writes that may also run inside a bulk import (a
 * finished draft round): there they commit with the import, elsewhere with FULL.
 */
export function fullSyncTransaction<T>(what: string, write: (tx: Db) => T): T {
  const db = getDb();
  const nested = db.$client.inTransaction;
  if (!nested) db.$client.pragma('synchronous = FULL');
  try {
    return db.transaction((tx) => {
      checkWriteFault(what);
      return write(tx as unknown as Db);
    });
  } finally {
    if (!nested) db.$client.pragma('synchronous = NORMAL');
  }
}

/** For tests and the CLI: close and forget the connection. */
export function closeDb(): void {
  const g = globalThis as GlobalWithDb;
  g[globalKey]?.$client.close();
  g[globalKey] = undefined;
}
