import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';

/**
 * The query API both backends answer, typed as drizzle's async SQLite database: statements
 * are awaited (a better-sqlite3 builder is a thenable too), never `.get()`/`.all()`/`.run()`
 * (SQLite-only executors; `first` and `affectedRows` in `./rows.ts` replace them), and no
 * relational `db.query` (no schema is given to either driver for it).
 */
export type QueryDb = BaseSQLiteDatabase<'async', unknown>;

/** The transaction a piece of code runs inside, if any; `conn()` hands it out. */
export type Ambient = { db: QueryDb; owner: object };

const key = Symbol.for('proofdesk.ambientTransaction');
type G = typeof globalThis & { [key]?: AsyncLocalStorage<Ambient> };
const g = globalThis as G;
g[key] ??= new AsyncLocalStorage<Ambient>();
const storage = g[key];

export function ambientTransaction(): Ambient | undefined {
  return storage.getStore();
}

/** Runs `body` with `tx` as the ambient transaction of everything it awaits. */
export function withAmbient<T>(ambient: Ambient, body: () => T): T {
  return storage.run(ambient, body);
}
