import { z } from 'zod';
import { severitySchema } from './findings';

/** What the checker concluded about one relation (`a = b`, `x \le y`, …) of a proof. */
export const relationVerdictSchema = z.enum(['holds', 'false', 'skipped']);
export type RelationVerdict = z.infer<typeof relationVerdictSchema>;

/** One adjacent pair of a chain, an `&=` row or a single relation, as the checker read it. */
export const checkedRelationSchema = z.object({
  /** 1-based line of the proof where the relation starts. */
  line: z.number().int().min(1),
  endLine: z.number().int().min(1),
  /** The relation's LaTeX as written (both sides and the relation sign). */
  text: z.string(),
  verdict: relationVerdictSchema,
  /** For `false`: the values where it fails ("at a = 1, b = 2: left 9, right 5"). */
  witness: z.string().optional(),
  /** For `skipped`: why it was not checked ("depends on context", "unknown function f"). */
  reason: z.string().optional(),
  /**
   * For `holds` through earlier lines: what it follows from ("follows from line 4 with y = 0",
   * "holds with x = 2 (line 3)").
   */
  basis: z.string().optional(),
});
export type CheckedRelation = z.infer<typeof checkedRelationSchema>;

export const checkerStatsSchema = z.object({
  relations: z.number().int().min(0),
  holds: z.number().int().min(0),
  false: z.number().int().min(0),
  skipped: z.number().int().min(0),
});
export type CheckerStats = z.infer<typeof checkerStatsSchema>;

/** The checks that produce findings; `references` is filled in by the structure work (#17). */
export const checkerCheckSchema = z.enum(['relations', 'tex', 'references']);
export type CheckerCheckName = z.infer<typeof checkerCheckSchema>;

/** A finding raised by a deterministic check: pinned to the formula's lines, never a guess. */
export const checkerFindingSchema = z.object({
  check: checkerCheckSchema,
  severity: severitySchema,
  category: z.enum(['computation', 'notation', 'reference']),
  startLine: z.number().int().min(1),
  endLine: z.number().int().min(1),
  /** The formula (or delimiter) text the finding is about, as written in the proof. */
  text: z.string(),
  description: z.string(),
  witness: z.string().optional(),
});
export type CheckerFinding = z.infer<typeof checkerFindingSchema>;

/**
 * A round's last check as `GET /api/sessions/:id` shows it: its counts. Every relation read is
 * on `GET /api/rounds/:id/check` (below): two or three times the proof's size, which every
 * reader of a session would otherwise download and the server serialise on each request.
 */
export const roundCheckSchema = z.object({
  stats: checkerStatsSchema,
  checkedAt: z.number(),
});
export type RoundCheckSummary = z.infer<typeof roundCheckSchema>;

/** `GET /api/rounds/:id/check`: the round's last check with every relation it read. */
export const roundRelationsSchema = roundCheckSchema.extend({
  relations: z.array(checkedRelationSchema),
});
export type RoundRelations = z.infer<typeof roundRelationsSchema>;

/** `POST /api/rounds/:id/check` and the worker's answer. */
export const checkerResultSchema = z.object({
  findings: z.array(checkerFindingSchema),
  stats: checkerStatsSchema,
  relations: z.array(checkedRelationSchema),
});
export type CheckerResult = z.infer<typeof checkerResultSchema>;
