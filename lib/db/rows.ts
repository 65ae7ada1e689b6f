import 'server-only';

/**
 * What differs between the drivers' results, behind one function each, so query code
 * written once reads both. The query builders themselves (select, insert with
 * `onConflictDoUpdate`/`onConflictDoNothing`, `returning`, JSON and boolean columns) are
 * the same on both: drizzle maps JSON-in-text and jsonb, 0/1 and boolean alike.
 */

/** The first row of a query (add `.limit(1)`): what better-sqlite3's `.get()` returned. */
export async function first<T>(rows: PromiseLike<T[]>): Promise<T | undefined> {
  return (await rows)[0];
}

/**
 * Rows changed by an awaited insert/update/delete: better-sqlite3 reports `changes`,
 * node-postgres `rowCount`.
 */
export function affectedRows(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return r.changes ?? r.rowCount ?? 0;
}
