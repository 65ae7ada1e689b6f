import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { runs } from './core';

/**
 * Which app instance executes an unfinished run, until when (Postgres, several instances).
 * The instance renews its leases every few seconds; a lease past `expiresAt` means its
 * instance died, and the first instance to delete the row takes the run over. SQLite serves
 * one process, which recovers its runs at start-up instead, and writes none.
 */
export const runLeases = sqliteTable(
  'run_leases',
  {
    runId: text('run_id')
      .primaryKey()
      .references(() => runs.id, { onDelete: 'cascade' }),
    instance: text('instance').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('run_leases_instance').on(t.instance), index('run_leases_expires').on(t.expiresAt)],
);
