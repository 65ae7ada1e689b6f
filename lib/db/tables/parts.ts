import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { rounds } from './core';

/**
 * One verification of a single part of a round's proof (issue 17: "Verify this part"): which
 * outline node, by which run, and the score the verifier gave that part. The latest row per
 * (round, node) is the part's score; the round's own score stays the whole proof's.
 */
export const partVerifications = sqliteTable(
  'part_verifications',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    nodeId: text('node_id').notNull(),
    runId: text('run_id'),
    score: real('score'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('part_verifications_round').on(t.roundId, t.nodeId)],
);
