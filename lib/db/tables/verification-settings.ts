import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sessions } from './core';

/**
 * A session's verification settings: samples per Verify, automatic meta-verification, k.
 * The SQL table keeps the name migration 0002 gave it, so existing databases need no change.
 */
export const verificationSettings = sqliteTable('session_pipeline', {
  sessionId: text('session_id')
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  samples: integer('samples'),
  metaAuto: integer('meta_auto', { mode: 'boolean' }).notNull().default(false),
  minConfirmed: integer('min_confirmed').notNull().default(1),
  updatedAt: integer('updated_at').notNull(),
});
