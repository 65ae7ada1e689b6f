import Database from 'better-sqlite3';

/**
 * Reads an app's SQLite file from the test process (WAL lets a reader in beside the running
 * server): what is *persisted*, as opposed to what the API answers from memory.
 */
export function readDb<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
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
