import 'server-only';
import path from 'node:path';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

export type PgDb = NodePgDatabase & { $client: pg.Pool };

function projectRoot(): string {
  return process.env.PROOFDESK_ROOT ?? process.cwd();
}

/**
 * A pool on `url` with the Postgres migrations applied (drizzle records them in its own
 * table, so opening an up-to-date database runs nothing). Bigint columns hold epoch
 * milliseconds and counts, which fit a JS number: read them as numbers, not strings.
 */
export async function openPg(url: string): Promise<PgDb> {
  const db = poolOnly(url, 10);
  await migrate(db, { migrationsFolder: path.join(projectRoot(), 'lib/db/pg/migrations') });
  return db;
}

/** A pool of at most `max` connections on `url`, without migrating. */
export function poolOnly(url: string, max: number): PgDb {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', (err) => console.error('[proofdesk] postgres pool error:', err.message));
  return drizzle(pool) as PgDb;
}

// int8 (bigint) and count(*) come back as strings by default; every value we store fits 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
