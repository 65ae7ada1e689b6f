import Database from 'better-sqlite3';

/**
 * Reads an app's SQLite file from the test process (WAL lets a reader in beside the running
 * server): what is *persisted*, as opposed to what the API answers from memory.
 */
export function readDb<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = openReader(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

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

/** `PRAGMA integrity_check` and `foreign_key_check` of a file no server has open. */
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

/**
 * A digest of what users stored — every table but the run engine's own log (`runs`,
 * `run_events`, which may still be settling from earlier tests) and migration bookkeeping.
 */
export function contentDigest(file: string): Record<string, number> {
  return readDb(file, (db) => {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    const out: Record<string, number> = {};
    for (const { name } of tables) {
      if (['runs', 'run_events', '__drizzle_migrations'].includes(name)) continue;
      // The checker's background sweep over imported proofs writes on its own schedule (its
      // checks and findings, and the search index derived from the tables hashed here): what
      // a request stored is what the person's tables hold.
      if (name === 'round_checks' || name.includes('_fts')) continue;
      const only = name === 'findings' ? ` WHERE source != 'checker'` : '';
      const rows = db.prepare(`SELECT * FROM "${name}"${only}`).all();
      let h = 0;
      for (const ch of JSON.stringify(rows)) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
      out[name] = h;
    }
    return out;
  });
}
