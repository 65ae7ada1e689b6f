import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { GradeAwards, Rubric } from '@/lib/schemas';
import { sessions } from './core';

/**
 * Review, grading and teaching: the problem library, what a session was started from,
 * grades, share links and import batches. Kept apart from the core loop's tables so the two
 * areas can change without touching each other.
 */
export const problems = sqliteTable(
  'problems',
  {
    id: text('id').primaryKey(),
    /** Stable identity across re-imports: a set's own id ("PB-Basic-001") or a built-in key. */
    key: text('key'),
    statement: text('statement').notNull(),
    solution: text('solution').notNull().default(''),
    guidelines: text('guidelines').notNull().default(''),
    shortAnswer: text('short_answer').notNull().default(''),
    category: text('category').notNull().default(''),
    level: text('level').notNull().default(''),
    source: text('source').notNull().default(''),
    origin: text('origin').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('problems_key').on(t.key), index('problems_order').on(t.origin, t.createdAt)],
);

/**
 * The reference a session is graded against, copied from its problem when the session
 * starts (or from an imported record), so grading and exports do not depend on the library.
 */
export const sessionReferences = sqliteTable('session_references', {
  sessionId: text('session_id')
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  problemId: text('problem_id').references(() => problems.id, { onDelete: 'set null' }),
  solution: text('solution').notNull().default(''),
  guidelines: text('guidelines').notNull().default(''),
  shortAnswer: text('short_answer').notNull().default(''),
  source: text('source').notNull().default(''),
});

/**
 * A problem's rubric (issue 15): checkpoints, zero-credit notes and deductions, as the JSON
 * shape of `rubricSchema`. Graded sessions reach it through their reference's `problemId`.
 */
export const rubrics = sqliteTable('rubrics', {
  problemId: text('problem_id')
    .primaryKey()
    .references(() => problems.id, { onDelete: 'cascade' }),
  rubric: text('rubric', { mode: 'json' }).$type<Rubric>().notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** One automatic and one human grade per session (0–7); the latest of each kind. */
export const grades = sqliteTable(
  'grades',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    points: integer('points').notNull(),
    /** The scale: 7 (IMO), or 10 for a Putnam grade imported on its own scale. */
    maxPoints: integer('max_points').notNull().default(7),
    /** Checkpoint awards when graded against a rubric (`gradeAwardsSchema`), else null. */
    awards: text('awards', { mode: 'json' }).$type<GradeAwards>(),
    /** The grader's reasons (auto) or the person's rationale (human). */
    text: text('text').notNull().default(''),
    roundId: text('round_id'),
    runId: text('run_id'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.kind] })],
);

/** Read-only share links; deleting the row revokes the link. */
export const shares = sqliteTable(
  'shares',
  {
    token: text('token').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('shares_session').on(t.sessionId)],
);

/** Sessions created by a bulk import from the web UI, so a review can walk one batch. */
export const importedSessions = sqliteTable(
  'imported_sessions',
  {
    sessionId: text('session_id')
      .primaryKey()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    batchId: text('batch_id').notNull(),
    line: integer('line').notNull(),
    externalId: text('external_id').notNull().default(''),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('imported_sessions_batch').on(t.batchId)],
);
