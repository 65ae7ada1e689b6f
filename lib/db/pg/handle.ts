import 'server-only';
import { openPg, type PgDb, poolOnly } from './client';

/**
 * One pool per process for the Postgres backend, opened (and migrated) on first use and
 * shared like the SQLite connection. Keyed on globalThis so dev reloads reuse it.
 */
const key = Symbol.for('proofdesk.pg');
type Open = { url: string; db: Promise<PgDb>; stream?: Promise<PgDb> };
type G = typeof globalThis & { [key]?: Open };

/** Connections of the streaming path's own pool (see getStreamPg). */
const STREAM_POOL_SIZE = 3;

const endPools = (open: Open | undefined) => {
  open?.db.then((db) => db.$client.end()).catch(() => {});
  open?.stream?.then((db) => db.$client.end()).catch(() => {});
};

export function getPg(url: string): Promise<PgDb> {
  const g = globalThis as G;
  const open = g[key];
  if (open?.url === url) return open.db;
  // Another URL (a test moving to a fresh database): the old pools are not used again.
  endPools(open);
  const db = openPg(url);
  g[key] = { url, db };
  // A failed open (server down, bad migration) is tried again by the next query.
  db.catch(() => {
    if (g[key]?.db === db) g[key] = undefined;
  });
  return db;
}

/**
 * A small pool of its own for the streaming path: each tick's event inserts (with their
 * NOTIFYs) and the reads of the runs other instances execute. Pages, session JSON and
 * grading share the main pool; fifty readers' queries queued there would otherwise hold a
 * live stream's batch back, and every follower on another instance with it. Opened after
 * the main pool, so the migrations have run.
 */
export function getStreamPg(url: string): Promise<PgDb> {
  const main = getPg(url);
  const open = (globalThis as G)[key] as Open;
  open.stream ??= main.then(() => poolOnly(url, STREAM_POOL_SIZE));
  return open.stream;
}

/** For tests and the CLI: end the pools and forget them. */
export async function closePg(): Promise<void> {
  const g = globalThis as G;
  const open = g[key];
  g[key] = undefined;
  if (!open) return;
  await (await open.db).$client.end();
  if (open.stream) await (await open.stream).$client.end();
}
