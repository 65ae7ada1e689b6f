import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { findings, rounds } from './core';

/**
 * Many verifiers (issue 5): one verification of a round is n samples, each a verifier's
 * full report with its score and parsed findings. Findings that several samples raise about
 * the same text are merged into one row of `findings` (where the person's decision lives);
 * `finding_support` says how many samples found it and whether meta-verification confirmed it.
 */
export const verifications = sqliteTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    runId: text('run_id'),
    sampleCount: integer('sample_count').notNull(),
    createdAt: integer('created_at').notNull(),
    completedAt: integer('completed_at'),
  },
  (t) => [index('verifications_round').on(t.roundId)],
);

export const verificationSamples = sqliteTable(
  'verification_samples',
  {
    id: text('id').primaryKey(),
    verificationId: text('verification_id')
      .notNull()
      .references(() => verifications.id, { onDelete: 'cascade' }),
    idx: integer('idx').notNull(),
    status: text('status').notNull(),
    score: real('score'),
    text: text('text').notNull().default(''),
    reasoning: text('reasoning').notNull().default(''),
    error: text('error'),
    usage: text('usage', { mode: 'json' }),
    /** Meta-verification of this analysis: 0 / 0.5 / 1 and the meta-verifier's reasons. */
    metaScore: real('meta_score'),
    metaText: text('meta_text'),
    /** A thinking meta-verifier's reasoning behind its rating ('' when it gave none). */
    metaReasoning: text('meta_reasoning').notNull().default(''),
    metaError: text('meta_error'),
    startedAt: integer('started_at'),
    finishedAt: integer('finished_at'),
  },
  (t) => [index('verification_samples_verification').on(t.verificationId)],
);

/** Each sample's own wording of a finding, linked to the merged finding it became part of. */
export const sampleFindings = sqliteTable(
  'sample_findings',
  {
    id: text('id').primaryKey(),
    sampleId: text('sample_id')
      .notNull()
      .references(() => verificationSamples.id, { onDelete: 'cascade' }),
    findingId: text('finding_id').references(() => findings.id, { onDelete: 'set null' }),
    position: integer('position').notNull(),
    severity: text('severity').notNull(),
    quote: text('quote').notNull(),
    description: text('description').notNull(),
    suggestion: text('suggestion').notNull(),
    anchor: text('anchor', { mode: 'json' }),
  },
  (t) => [
    index('sample_findings_sample').on(t.sampleId),
    index('sample_findings_finding').on(t.findingId),
  ],
);

export const findingSupport = sqliteTable('finding_support', {
  findingId: text('finding_id')
    .primaryKey()
    .references(() => findings.id, { onDelete: 'cascade' }),
  verificationId: text('verification_id')
    .notNull()
    .references(() => verifications.id, { onDelete: 'cascade' }),
  foundBy: integer('found_by').notNull(),
  sampleCount: integer('sample_count').notNull(),
});
