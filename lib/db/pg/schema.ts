/**
 * The Postgres twin of every SQLite table, derived from `../schema` rather than written a
 * second time: a table or column added to `tables/` appears here too, and
 * `npm run db:generate:pg` writes its Postgres migration. Types follow what SQLite stores:
 * integers become bigint read back as JS numbers (times are epoch milliseconds), 0/1 booleans
 * become boolean, JSON-in-text becomes jsonb, reals become double precision.
 */
import { is, SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  type PgColumn,
  type PgColumnBuilderBase,
  type PgTableWithColumns,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { getTableConfig, type SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as sqliteSchema from '../schema';

// biome-ignore lint/suspicious/noExplicitAny: the derived tables are typed by their SQLite twins
type AnyPgTable = PgTableWithColumns<any>;

function pgColumnFor(col: SQLiteColumn): PgColumnBuilderBase {
  const base = (() => {
    switch (col.columnType) {
      case 'SQLiteText':
        return text(col.name);
      case 'SQLiteTextJson':
        return jsonb(col.name);
      case 'SQLiteInteger':
        return bigint(col.name, { mode: 'number' });
      case 'SQLiteBoolean':
        return boolean(col.name);
      case 'SQLiteReal':
        return doublePrecision(col.name);
      default:
        throw new Error(`No Postgres type for ${col.columnType} (column ${col.name})`);
    }
  })();
  let b = base as ReturnType<typeof text>;
  if (col.primary) b = b.primaryKey() as typeof b;
  if (col.notNull && !col.primary) b = b.notNull() as typeof b;
  if (col.hasDefault && col.default !== undefined) b = b.default(col.default as string);
  if (col.isUnique) b = b.unique(col.uniqueName) as typeof b;
  return b;
}

const tablesByName = new Map<string, AnyPgTable>();

function pgColumnOf(col: SQLiteColumn): PgColumn {
  const table = tablesByName.get(getTableConfig(col.table as SQLiteTable).name);
  const mapped = table?.[col.keyAsName ? col.name : keyOf(col)] as PgColumn | undefined;
  if (!mapped) throw new Error(`No Postgres column for ${col.name}`);
  return mapped;
}

/** The JS key a column has in its table (what drizzle's query builder uses). */
function keyOf(col: SQLiteColumn): string {
  const table = col.table as unknown as Record<string, unknown>;
  const key = Object.keys(table).find((k) => table[k] === col);
  if (!key) throw new Error(`Column ${col.name} is not on its table`);
  return key;
}

function derive(table: SQLiteTable): AnyPgTable {
  const config = getTableConfig(table);
  const columns = Object.fromEntries(config.columns.map((c) => [keyOf(c), pgColumnFor(c)]));
  // Constraints are built lazily (drizzle calls this when it reads the table), so a foreign
  // key may point at a table derived after this one.
  return pgTable(config.name, columns, (t) => [
    ...config.primaryKeys.map((pk) =>
      primaryKey({
        columns: pk.columns.map(pgColumnOf) as [PgColumn, ...PgColumn[]],
        name: pk.getName(),
      }),
    ),
    ...config.foreignKeys.map((fk) => {
      const ref = fk.reference();
      const built = foreignKey({
        columns: ref.columns.map(pgColumnOf) as [PgColumn, ...PgColumn[]],
        foreignColumns: ref.foreignColumns.map(pgColumnOf) as [PgColumn, ...PgColumn[]],
        name: fk.getName(),
      });
      if (fk.onDelete) built.onDelete(fk.onDelete);
      if (fk.onUpdate) built.onUpdate(fk.onUpdate);
      return built;
    }),
    ...config.indexes.map((ix) => {
      const make = ix.config.unique ? uniqueIndex : index;
      // Index columns must be the callback's own (they carry the index options).
      const parts = ix.config.columns.map((c) => (is(c, SQL) ? c : t[keyOf(c as SQLiteColumn)]));
      const built = make(ix.config.name).on(...(parts as unknown as [PgColumn, ...PgColumn[]]));
      return ix.config.where ? built.where(ix.config.where) : built;
    }),
  ]) as AnyPgTable;
}

for (const value of Object.values(sqliteSchema)) {
  if (is(value, SQLiteTable)) tablesByName.set(getTableConfig(value).name, derive(value));
}

/** Every Postgres table by its SQL name. */
export const pgTables: ReadonlyMap<string, AnyPgTable> = tablesByName;
