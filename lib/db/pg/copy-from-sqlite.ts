import 'server-only';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type pg from 'pg';
import type { Db } from '../client';
import * as sqliteSchema from '../schema';

/** How one SQLite value becomes a Postgres parameter. */
type ColumnCopy = { name: string; kind: 'plain' | 'boolean' | 'json' };
type TableCopy = { name: string; columns: ColumnCopy[] };
export type TableCount = { table: string; inSource: number; copied: number };

/** Rows per INSERT: 500 rows of at most ~20 columns stay far under Postgres's 65535 parameters. */
const BATCH = 500;

/** Every table, parents before children, so foreign keys hold at each insert. */
export function tablesInCopyOrder(): TableCopy[] {
  const tables = Object.values(sqliteSchema).filter((v) => is(v, SQLiteTable)) as SQLiteTable[];
  const configs = new Map(tables.map((t) => [getTableConfig(t).name, getTableConfig(t)]));
  const ordered: TableCopy[] = [];
  const placed = new Set<string>();
  const place = (name: string) => {
    if (placed.has(name)) return;
    placed.add(name);
    const config = configs.get(name);
    if (!config) return;
    for (const fk of config.foreignKeys) {
      const parent = getTableConfig(fk.reference().foreignTable).name;
      if (parent !== name) place(parent);
    }
    ordered.push({
      name,
      columns: config.columns.map((c) => ({
        name: c.name,
        kind:
          c.columnType === 'SQLiteBoolean'
            ? 'boolean'
            : c.columnType === 'SQLiteTextJson'
              ? 'json'
              : 'plain',
      })),
    });
  };
  for (const name of [...configs.keys()].sort()) place(name);
  return ordered;
}

function toPg(value: unknown, kind: ColumnCopy['kind']): unknown {
  if (value == null) return null;
  // SQLite stores booleans as 0/1; JSON columns hold JSON text, which Postgres parses to jsonb.
  if (kind === 'boolean') return value !== 0;
  return value;
}

async function insertBatch(target: pg.PoolClient, table: TableCopy, rows: unknown[][]) {
  const cols = table.columns.map((c) => `"${c.name}"`).join(', ');
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const slots = row.map((v, i) => {
      params.push(toPg(v, table.columns[i].kind));
      return `$${params.length}`;
    });
    return `(${slots.join(', ')})`;
  });
  // Rows already there (a second run, or a run cut short) are left as they are.
  const sql = `INSERT INTO "${table.name}" (${cols}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING`;
  const result = await target.query(sql, params);
  return result.rowCount ?? 0;
}

/**
 * Copies every row of a SQLite database into a migrated Postgres one, table by table, each
 * table in one transaction. Idempotent: rows whose key is already in Postgres are skipped
 * and not counted, so a second run copies 0.
 */
export async function copySqliteToPg(
  source: Db,
  target: pg.Pool,
  onTable: (count: TableCount) => void = () => {},
): Promise<TableCount[]> {
  const counts: TableCount[] = [];
  // One connection: BEGIN and COMMIT must reach the same session.
  const client = await target.connect();
  try {
    for (const table of tablesInCopyOrder()) {
      const count = await copyTable(source, client, table);
      counts.push(count);
      onTable(count);
    }
  } finally {
    client.release();
  }
  return counts;
}

async function copyTable(source: Db, target: pg.PoolClient, table: TableCopy): Promise<TableCount> {
  const select = source.$client
    .prepare(`SELECT ${table.columns.map((c) => `"${c.name}"`).join(', ')} FROM "${table.name}"`)
    .raw();
  let inSource = 0;
  let copied = 0;
  await target.query('BEGIN');
  try {
    let batch: unknown[][] = [];
    for (const row of select.iterate() as Iterable<unknown[]>) {
      inSource++;
      batch.push(row);
      if (batch.length === BATCH) {
        copied += await insertBatch(target, table, batch);
        batch = [];
      }
    }
    if (batch.length) copied += await insertBatch(target, table, batch);
    await target.query('COMMIT');
  } catch (err) {
    await target.query('ROLLBACK');
    throw new Error(`copying ${table.name} failed: ${(err as Error).message}`);
  }
  return { table: table.name, inSource, copied };
}
