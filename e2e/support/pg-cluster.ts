import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * E2E_DATABASE=postgres: the apps serve from a throwaway Postgres cluster instead of SQLite
 * files, one database per slot's main database file (`pgDatabaseFor`). Started once by the
 * runner (playwright.config.ts), stopped by `pg-teardown.ts`.
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

/** The app's PROOFDESK_DATABASE_URL for this SQLite file's stand-in, when on Postgres. */
export function pgEnvFor(dbFile: string): Record<string, string> {
  const base = process.env.PROOFDESK_E2E_PG_URL;
  if (!base) return {};
  const url = new URL(base);
  url.pathname = `/${pgDatabaseFor(dbFile)}`;
  return { PROOFDESK_DATABASE_URL: url.toString() };
}
