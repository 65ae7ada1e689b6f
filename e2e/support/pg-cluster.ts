import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

const ROOT = path.resolve(__dirname, '../..');

/**
 * E2E_DATABASE=postgres: the apps serve from a throwaway Postgres cluster instead of SQLite
 * files, one database per app's database file (`pgDatabaseFor`): the slots' main files get
 * theirs when the runner starts the cluster (playwright.config.ts), an extra app's file
 * (crash.db, kill-loop.db, …) when its AppProcess starts (`ensurePgDatabase`). Stopped by
 * `pg-teardown.ts`.
 */
export const E2E_ON_POSTGRES = process.env.E2E_DATABASE === 'postgres';

/** The database standing in for an app's SQLite file: `data/e2e-3310/main.db` → `e2e_3310_main`. */
export function pgDatabaseFor(dbFile: string): string {
  const name = `${path.basename(path.dirname(dbFile))}_${path.basename(dbFile, '.db')}`;
  return name.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/** Starts the cluster with these apps' databases; its URL and folder go to the environment. */
export function startE2ePostgres(dbFiles: string[]): void {
  const out = execFileSync(
    'npx',
    ['tsx', 'scripts/pg/e2e-cluster.ts', 'start', ...dbFiles.map(pgDatabaseFor)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const { url, dir } = JSON.parse(out.trim().split('\n').at(-1) as string);
  process.env.PROOFDESK_E2E_PG_URL = url;
  process.env.PROOFDESK_E2E_PG_DIR = dir;
}

/** The URL of this SQLite file's stand-in database, or null when the run is on SQLite. */
export function pgUrlFor(dbFile: string): string | null {
  const base = process.env.PROOFDESK_E2E_PG_URL;
  if (!base) return null;
  const url = new URL(base);
  url.pathname = `/${pgDatabaseFor(dbFile)}`;
  return url.toString();
}

/** The app's PROOFDESK_DATABASE_URL for this SQLite file's stand-in, when on Postgres. */
export function pgEnvFor(dbFile: string): Record<string, string> {
  const url = pgUrlFor(dbFile);
  return url ? { PROOFDESK_DATABASE_URL: url } : {};
}

/**
 * Creates the database an app's PROOFDESK_DATABASE_URL names, unless it exists: each extra
 * app's file has its own, made on its first start and kept across restarts (as its file is).
 */
export async function ensurePgDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new pg.Client(url.toString());
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
