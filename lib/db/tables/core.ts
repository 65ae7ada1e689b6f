import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/**
 * The relational shape of Proofdesk. Drizzle generates the SQL migrations from this file
 * (`npx drizzle-kit generate`), so a Postgres twin can be derived from the same model.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    title: text('title'),
    problem: text('problem').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    // Summary columns for the lists (issue 20), kept by triggers in migration 0009 so every
    // write path stays as it is and a list page is an index walk, not a scan with a sort.
    /** When anything last changed: the session itself, or any of its runs' states. */
    activityAt: integer('activity_at').notNull().default(0),
    roundCount: integer('round_count').notNull().default(0),
    /** The score of the latest round that has one (null before the first verification). */
    lastScore: real('last_score'),
    // Which lists a session belongs to (issue 20), kept by triggers (migration 0013): the
    // review queue and the grades list walk (and count) a partial index of their own
    // sessions instead of testing every session for an imported round or a grade.
    /** 1 when its first round is an imported proof: the session is in the review queue. */
    imported: integer('imported').notNull().default(0),
    /** How many grades it has (auto and human): above 0, it is in the grades list. */
    gradeCount: integer('grade_count').notNull().default(0),
    // The latest run (by creation) and its state as home's filter names it, kept by triggers
    // on runs (migration 0015): the state filter and its count read a column, not a look-up
    // of every session's latest run and its last progress event.
    /** The session's latest run, null before its first. */
    lastRunId: text('last_run_id'),
    /** That run's `runs.list_state`; null when never run. */
    lastRunState: text('last_run_state'),
  },
  (t) => [
    index('sessions_activity').on(t.activityAt),
    index('sessions_created').on(t.createdAt),
    index('sessions_rounds').on(t.roundCount),
    index('sessions_score').on(sql`coalesce(${t.lastScore}, -1)`),
    index('sessions_title').on(sql`lower(coalesce(${t.title}, substr(${t.problem}, 1, 200)))`),
    index('sessions_imported_created').on(t.createdAt).where(sql`${t.imported} = 1`),
    index('sessions_graded_created').on(t.createdAt).where(sql`${t.gradeCount} > 0`),
    // The state filter walks its sessions in the default order (last change first) and counts
    // them from this index alone, whether the state is rare or every session's.
    index('sessions_last_run_state').on(t.lastRunState, t.activityAt),
  ],
);

export const rounds = sqliteTable(
  'rounds',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    index: integer('idx').notNull(),
    origin: text('origin').notNull(),
    proof: text('proof').notNull(),
    selfEvaluation: text('self_evaluation'),
    selfScore: real('self_score'),
    score: real('score'),
    sourceRunId: text('source_run_id'),
    parentRoundId: text('parent_round_id'),
    truncated: integer('truncated', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('rounds_session_idx').on(t.sessionId, t.index)],
);

export const runs = sqliteTable(
  'runs',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    roundId: text('round_id'),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    model: text('model').notNull(),
    text: text('text').notNull().default(''),
    reasoning: text('reasoning').notNull().default(''),
    error: text('error'),
    finishReason: text('finish_reason'),
    usage: text('usage', { mode: 'json' }),
    params: text('params', { mode: 'json' }),
    lastSeq: integer('last_seq').notNull().default(0),
    createdAt: integer('created_at').notNull(),
    startedAt: integer('started_at'),
    finishedAt: integer('finished_at'),
    /**
     * The run's state as home's filter names it (`runListState`: running, stopped, failed,
     * not-passed, succeeded), written with every status; a succeeded run's depends on why it
     * ended, which only its last progress event says.
     */
    listState: text('list_state'),
  },
  (t) => [
    index('runs_session').on(t.sessionId),
    index('runs_status').on(t.status),
    index('runs_session_created').on(t.sessionId, t.createdAt),
  ],
);

export const runEvents = sqliteTable(
  'run_events',
  {
    runId: text('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: text('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.seq] })],
);

export const findings = sqliteTable(
  'findings',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    runId: text('run_id'),
    position: integer('position').notNull(),
    severity: text('severity').notNull(),
    quote: text('quote').notNull(),
    description: text('description').notNull(),
    suggestion: text('suggestion').notNull(),
    category: text('category'),
    citedStart: integer('cited_start'),
    citedEnd: integer('cited_end'),
    anchor: text('anchor', { mode: 'json' }),
    decision: text('decision').notNull().default('pending'),
    note: text('note').notNull().default(''),
    /** The finding of an earlier round this one was carried forward from. */
    carriedFromId: text('carried_from_id'),
    /** Who raised it: `verifier` (a model's report), `person`, or `checker` (reserved). */
    source: text('source').notNull().default('verifier'),
    /** The outline node a part verification raised it on (issue 17); null for the whole proof. */
    nodeId: text('node_id'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('findings_round').on(t.roundId)],
);
