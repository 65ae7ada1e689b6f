import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sessions } from './core';

/**
 * High-compute proof search, persisted step by step: every finished model request is one
 * row (a written proof or one verification of it), so a restarted server rebuilds the
 * scheduler from these rows and never repeats a completed request.
 */
export const searches = sqliteTable(
  'searches',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    /** The run currently driving the search (a new one after a restart or a resume). */
    runId: text('run_id'),
    params: text('params', { mode: 'json' }).notNull(),
    /** running | paused | passed | exhausted | budget | cancelled | failed */
    status: text('status').notNull(),
    error: text('error'),
    roundId: text('round_id'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    finishedAt: integer('finished_at'),
  },
  (t) => [index('searches_session').on(t.sessionId), index('searches_status').on(t.status)],
);

export const searchCandidates = sqliteTable(
  'search_candidates',
  {
    id: text('id').primaryKey(),
    searchId: text('search_id')
      .notNull()
      .references(() => searches.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    generation: integer('generation').notNull(),
    /** Candidate ids this proof was refined from, and the verification ids shown with them. */
    parents: text('parents', { mode: 'json' }).notNull(),
    analyses: text('analyses', { mode: 'json' }).notNull(),
    proof: text('proof').notNull(),
    selfScore: real('self_score'),
    failed: integer('failed', { mode: 'boolean' }).notNull().default(false),
    promptTokens: integer('prompt_tokens').notNull().default(0),
    completionTokens: integer('completion_tokens').notNull().default(0),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at').notNull(),
  },
  (t) => [index('search_candidates_search').on(t.searchId)],
);

export const searchVerifications = sqliteTable(
  'search_verifications',
  {
    id: text('id').primaryKey(),
    searchId: text('search_id')
      .notNull()
      .references(() => searches.id, { onDelete: 'cascade' }),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => searchCandidates.id, { onDelete: 'cascade' }),
    score: real('score'),
    text: text('text').notNull(),
    failed: integer('failed', { mode: 'boolean' }).notNull().default(false),
    promptTokens: integer('prompt_tokens').notNull().default(0),
    completionTokens: integer('completion_tokens').notNull().default(0),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at').notNull(),
  },
  (t) => [
    index('search_verifications_search').on(t.searchId),
    index('search_verifications_candidate').on(t.candidateId),
  ],
);
