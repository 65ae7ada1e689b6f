/**
 * What a SQLite file and a Postgres database hold, read the same way on both, for comparing
 * a migration's source and target: row counts per table and the event log's rows.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

export type EventRow = { run_id: string; seq: number; data: string };

/** The SQLite tables `migrate` must copy: all but SQLite's own, FTS5's and migration bookkeeping. */
export function sqliteTables(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string }[];
    return rows
      .map((r) => r.name)
      .filter(
        (n) => !n.startsWith('sqlite_') && !/_fts($|_)/.test(n) && n !== '__drizzle_migrations',
      );
  } finally {
    db.close();
  }
}

export function sqliteCounts(file: string, tables: string[]): Record<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(
      tables.map((t) => [
        t,
        (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
}

export function sqliteEvents(file: string): EventRow[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return sortEvents(db.prepare('SELECT run_id, seq, data FROM run_events').all() as EventRow[]);
  } finally {
    db.close();
  }
}

export async function pgCounts(url: string, tables: string[]): Promise<Record<string, number>> {
  return withPg(url, async (client) => {
    const out: Record<string, number> = {};
    for (const t of tables) {
      out[t] = Number((await client.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
    }
    return out;
  });
}

export async function pgEvents(url: string): Promise<EventRow[]> {
  return withPg(url, async (client) => {
    const { rows } = await client.query('SELECT run_id, seq, data FROM run_events');
    return sortEvents(rows.map((r) => ({ ...r, seq: Number(r.seq) })));
  });
}

/** One order for both (each database's text collation may differ): run, then sequence. */
function sortEvents(rows: EventRow[]): EventRow[] {
  return rows.sort((a, b) => (a.run_id < b.run_id ? -1 : a.run_id > b.run_id ? 1 : a.seq - b.seq));
}

export async function withPg<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}
