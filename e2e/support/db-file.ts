import Database from 'better-sqlite3';
import pg from 'pg';
import { pgUrlFor } from './pg-cluster';

/**
 * Reads an app's database from the test process: what is *persisted*, as opposed to what
 * the API answers from memory. The app's SQLite file (WAL lets a reader in beside the running
 * server), or with E2E_DATABASE=postgres the database standing in for that file.
 */

/** The rows of one query; `?` placeholders on both backends, bigints read as numbers. */
export async function queryDb<T>(file: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const url = pgUrlFor(file);
  if (!url) {
    const db = openReader(file);
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }
  let n = 0;
  const client = new pg.Client({ connectionString: url, types: { getTypeParser: numericInt8 } });
  await client.connect();
  try {
    return (
      await client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows as T[];
  } finally {
    await client.end();
  }
}

/** Postgres's bigint (times, counts, ordinals) as a JS number, as the app reads it. */
const numericInt8 = ((oid: number, format?: string) =>
  oid === pg.types.builtins.INT8
    ? Number
    : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser;

/**
 * A read-only connection. Opening one can fail for a moment while the server sets up or
 * checkpoints its WAL files (SQLITE_CANTOPEN): a reader then simply tries again.
 */
function openReader(file: string): Database.Database {
  for (let attempt = 1; ; attempt++) {
    try {
      return new Database(file, { readonly: true, fileMustExist: true });
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code !== 'SQLITE_CANTOPEN' || attempt >= 50) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

/**
 * `PRAGMA integrity_check` and `foreign_key_check` of a SQLite file no server has open. A
 * Postgres database has no file of its own to check: its server recovers from a crash by its
 * WAL and enforces every foreign key as rows are written, so callers skip this there.
 */
export function checkIntegrity(file: string): { integrity: string; foreignKeyErrors: number } {
  const db = new Database(file, { fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const foreignKeyErrors = (db.pragma('foreign_key_check') as unknown[]).length;
    return { integrity, foreignKeyErrors };
  } finally {
    db.close();
  }
}

/** The tables an app stored, on either backend (migration bookkeeping is elsewhere on Postgres). */
const TABLES = {
  sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  postgres: "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
};

/**
 * A digest of what users stored — every table but the run engine's own log (`runs`,
 * `run_events`, which may still be settling from earlier tests) and migration bookkeeping.
 * Rows are hashed in a fixed order: Postgres returns an unordered scan in any order.
 */
export async function contentDigest(file: string): Promise<Record<string, number>> {
  const tables = await queryDb<{ name: string }>(
    file,
    TABLES[pgUrlFor(file) ? 'postgres' : 'sqlite'],
  );
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    if (['runs', 'run_events', '__drizzle_migrations'].includes(name)) continue;
    // The checker's background sweep over imported proofs writes on its own schedule (its
    // checks and findings, and the search index derived from the tables hashed here): what
    // a request stored is what the person's tables hold.
    if (name === 'round_checks' || name.includes('_fts')) continue;
    const only = name === 'findings' ? ` WHERE source != 'checker'` : '';
    const rows = await queryDb(file, `SELECT * FROM "${name}"${only}`);
    let h = 0;
    for (const ch of JSON.stringify(rows.map((row) => JSON.stringify(row)).sort()))
      h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
    out[name] = h;
  }
  return out;
}
