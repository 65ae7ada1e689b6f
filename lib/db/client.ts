import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const globalKey = Symbol.for('proofdesk.db');
type GlobalWithDb = typeof globalThis & { [globalKey]?: Db };

function projectRoot(): string {
  return process.env.PROOFDESK_ROOT ?? process.cwd();
}

export function databasePath(): string {
  return path.resolve(projectRoot(), process.env.PROOFDESK_DB ?? 'data/proofdesk.db');
}

function open(): Db {
  const file = databasePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL keeps readers (SSE replays, page loads) off the writer's back. NORMAL survives a
  // process crash (SIGKILL) — committed transactions live in the WAL; only an OS crash can
  // lose the last few, and decisions/finished rounds go through FULL checkpoints below.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: path.join(projectRoot(), 'lib/db/migrations') });
  return db;
}

/** One connection per process, created lazily and shared across route handlers. */
export function getDb(): Db {
  const g = globalThis as GlobalWithDb;
  g[globalKey] ??= open();
  return g[globalKey];
}

/** For tests and the CLI: close and forget the connection. */
export function closeDb(): void {
  const g = globalThis as GlobalWithDb;
  g[globalKey]?.$client.close();
  g[globalKey] = undefined;
}
