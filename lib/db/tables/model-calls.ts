import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { runs } from './core';

/**
 * Every model request a multi-step run makes (samples, meta-verifications, autopilot
 * drafts, search steps), with its tokens and time: what the usage and cost views add up.
 * Single-request runs keep theirs in `runs.usage`.
 */
export const modelCalls = sqliteTable(
  'model_calls',
  {
    id: text('id').primaryKey(),
    runId: text('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    sessionId: text('session_id').notNull(),
    roundId: text('round_id'),
    role: text('role').notNull(),
    model: text('model').notNull(),
    purpose: text('purpose').notNull(),
    status: text('status').notNull(),
    /** The provider profile that served it (issue 13); null in older rows. */
    provider: text('provider'),
    promptTokens: integer('prompt_tokens').notNull().default(0),
    cachedPromptTokens: integer('cached_prompt_tokens').notNull().default(0),
    completionTokens: integer('completion_tokens').notNull().default(0),
    reasoningTokens: integer('reasoning_tokens'),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at').notNull(),
  },
  (t) => [index('model_calls_session').on(t.sessionId), index('model_calls_run').on(t.runId)],
);
