import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { runs } from './core';

/**
 * The exact messages sent to a model, stored once per distinct content and named by the
 * sha256 of their JSON (issue 22): a search that sends the same prompt 64 times keeps one.
 */
export const promptTexts = sqliteTable('prompt_texts', {
  hash: text('hash').primaryKey(),
  messages: text('messages', { mode: 'json' }).notNull(),
  createdAt: integer('created_at').notNull(),
});

/** Which prompt set, template and messages each run sent, once per distinct prompt. */
export const runPrompts = sqliteTable(
  'run_prompts',
  {
    id: text('id').primaryKey(),
    runId: text('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').notNull(),
    roundId: text('round_id'),
    role: text('role').notNull(),
    purpose: text('purpose').notNull(),
    setName: text('set_name').notNull(),
    templateHash: text('template_hash').notNull(),
    /** The parser the set names for the answers (the live report reads with it too). */
    parser: text('parser').notNull().default('auto'),
    messagesHash: text('messages_hash')
      .notNull()
      .references(() => promptTexts.hash),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('run_prompts_once').on(t.runId, t.purpose, t.messagesHash),
    index('run_prompts_session').on(t.sessionId),
  ],
);
