import 'server-only';
import { openPg, type PgDb } from './client';

/**
 * One pool per process for the Postgres backend, opened (and migrated) on first use and
 * shared like the SQLite connection. Keyed on globalThis so dev reloads reuse it.
 */
const key = Symbol.for('proofdesk.pg');
type G = typeof globalThis & { [key]?: { url: string; db: Promise<PgDb> } };

export function getPg(url: string): Promise<PgDb> {
  const g = globalThis as G;
  const open = g[key];
  if (open?.url === url) return open.db;
  // Another URL (a test moving to a fresh database): the old pool is not used again.
  open?.db.then((db) => db.$client.end()).catch(() => {});
  const db = openPg(url);
  g[key] = { url, db };
  // A failed open (server down, bad migration) is tried again by the next query.
  db.catch(() => {
    if (g[key]?.db === db) g[key] = undefined;
  });
  return db;
}

/** For tests and the CLI: end the pool and forget it. */
export async function closePg(): Promise<void> {
  const g = globalThis as G;
  const open = g[key];
  g[key] = undefined;
  if (open) await (await open.db).$client.end();
}
