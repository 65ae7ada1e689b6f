import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { rounds } from './core';

/**
 * The deterministic checker's last run on a round (issue 16): its counts and every relation
 * it read (with the skip reasons a person can open). Its findings live in `findings` with
 * source `checker`. Recomputed for each round; deleted with the round.
 */
export const roundChecks = sqliteTable('round_checks', {
  roundId: text('round_id')
    .primaryKey()
    .references(() => rounds.id, { onDelete: 'cascade' }),
  stats: text('stats', { mode: 'json' }).notNull(),
  relations: text('relations', { mode: 'json' }).notNull(),
  /** The proof text checked, so a stale check is recognised and redone. */
  proof: text('proof').notNull(),
  checkedAt: integer('checked_at').notNull(),
});
