import { getTableConfig } from 'drizzle-orm/sqlite-core';
import * as sqliteSchema from '../schema';
import { pgTables } from './schema';

/** Every table under its export name in `lib/db/schema.ts`. */
export type Tables = typeof sqliteSchema;

/**
 * The Postgres tables under the SQLite tables' names and TypeScript types, so a query is
 * written once against `t.shares` and renders in whichever dialect runs it: the columns are
 * Postgres columns, only their static types are borrowed (the derivation keeps names, keys
 * and JS value types alike, see `./schema.ts`).
 */
export const pgTablesAsSqlite = Object.fromEntries(
  Object.entries(sqliteSchema).map(([key, table]) => {
    const pgTable = pgTables.get(getTableConfig(table).name);
    if (!pgTable) throw new Error(`No Postgres table for ${key}`);
    return [key, pgTable];
  }),
) as unknown as Tables;
