import { z } from 'zod';
import { listQuerySchema, pageInfoSchema } from './list-query';
import { rubricSchema } from './rubric';

/** IMO-ProofBench's scale: 7 complete, 6 almost, 1 partial progress, 0 otherwise. */
export const MAX_POINTS = 7;
export const MAX_RATIONALE_CHARS = 20_000;

export const pointsSchema = z.number().int().min(0).max(MAX_POINTS);
/** Contest scales a grade may be on: IMO's 0–7, or Putnam's 0–10 for imported grades. */
export const maxPointsSchema = z.number().int().min(1).max(10);

/** One checkpoint's award, with the grader's reason (a person's awards have no reason). */
export const checkpointAwardSchema = z.object({
  id: z.string(),
  points: z.number().min(0),
  reason: z.string(),
});
export type CheckpointAward = z.infer<typeof checkpointAwardSchema>;

/** A grade given checkpoint by checkpoint against the problem's rubric. */
export const gradeAwardsSchema = z.object({
  checkpoints: z.array(checkpointAwardSchema),
  /** The deductions applied, by id, with the reason when the grader gave one. */
  deductions: z.array(z.object({ id: z.string(), reason: z.string() })),
  /**
   * What the grader wrote in `<points>N out of 7</points>`; it may disagree with the sum of
   * its awards, which is then shown, not hidden (`points` is the capped sum). Null for a person.
   */
  statedPoints: z.number().nullable(),
  /** What did not add up while reading the grader's awards (unknown ids, over-awards). */
  notes: z.array(z.string()),
  /**
   * The rubric as it was when the grade was given: the awards' ids and maxima mean what it
   * said then, however the problem's rubric is edited later. Absent in grades given before
   * Proofdesk kept it.
   */
  rubric: rubricSchema.optional(),
});
export type GradeAwards = z.infer<typeof gradeAwardsSchema>;

export const autoGradeSchema = z.object({
  points: pointsSchema,
  maxPoints: maxPointsSchema,
  awards: gradeAwardsSchema.nullable(),
  reasons: z.string(),
  roundId: z.string().nullable(),
  runId: z.string().nullable(),
  updatedAt: z.number(),
});
export type AutoGrade = z.infer<typeof autoGradeSchema>;

export const humanGradeSchema = z.object({
  /** On the contest's scale (`maxPoints`): an imported Putnam grade stays out of 10. */
  points: z.number().min(0),
  maxPoints: maxPointsSchema,
  awards: gradeAwardsSchema.nullable(),
  rationale: z.string(),
  roundId: z.string().nullable(),
  updatedAt: z.number(),
});
export type HumanGrade = z.infer<typeof humanGradeSchema>;

/** Both grades of a session; either may be missing, neither overwrites the other. */
export const sessionGradeSchema = z.object({
  auto: autoGradeSchema.nullable(),
  human: humanGradeSchema.nullable(),
  /** The rubric of the session's problem, when it has one (`GET /api/sessions/:id/grade`). */
  rubric: rubricSchema.nullable().optional(),
});
export type SessionGrade = z.infer<typeof sessionGradeSchema>;

const rationaleSchema = z
  .string()
  .max(MAX_RATIONALE_CHARS, 'the rationale is longer than 20,000 characters')
  .default('');

/** A person's grade as a total: 0–7 with a rationale (no rubric needed). */
export const totalGradeInputSchema = z
  .object({ points: pointsSchema, rationale: rationaleSchema })
  .strict();

/**
 * A person's grade checkpoint by checkpoint against the problem's rubric: points per
 * checkpoint id, the deductions that apply, a rationale. The server checks the ids and each
 * checkpoint's maximum and stores the capped sum as the grade's points.
 */
export const checkpointGradeInputSchema = z
  .object({
    checkpoints: z.record(z.string().max(40), pointsSchema),
    deductions: z.array(z.string().max(40)).max(30).default([]),
    rationale: rationaleSchema,
  })
  .strict();
export type CheckpointGradeInput = z.infer<typeof checkpointGradeInputSchema>;

export const humanGradeInputSchema = z.union([totalGradeInputSchema, checkpointGradeInputSchema]);
export type HumanGradeInput = z.infer<typeof humanGradeInputSchema>;

/** One row of the grades table and its CSV export. */
export const gradeRowSchema = z.object({
  sessionId: z.string(),
  title: z.string(),
  problemKey: z.string().nullable(),
  source: z.string(),
  autoPoints: z.number().nullable(),
  autoReasons: z.string(),
  humanPoints: z.number().nullable(),
  /** The scale of the human grade (7, or 10 for an imported Putnam grade). */
  humanMaxPoints: z.number().nullable(),
  humanRationale: z.string(),
});
export type GradeRow = z.infer<typeof gradeRowSchema>;

/** How often the automatic grade agrees with the person's, over sessions that have both. */
export const agreementSchema = z.object({
  pairs: z.number().int(),
  exact: z.number().nullable(),
  withinOne: z.number().nullable(),
  meanAbsoluteDifference: z.number().nullable(),
});
export type Agreement = z.infer<typeof agreementSchema>;

/** How often the grader's and the person's award agree on one checkpoint of one problem. */
export const checkpointAgreementSchema = z.object({
  problemId: z.string(),
  problemLabel: z.string(),
  checkpointId: z.string(),
  text: z.string(),
  maxPoints: z.number(),
  pairs: z.number().int(),
  exact: z.number().nullable(),
  meanAbsoluteDifference: z.number().nullable(),
});
export type CheckpointAgreement = z.infer<typeof checkpointAgreementSchema>;

/** `GET /api/grades` query: the shared list query (`q`, `order`, `cursor`, `limit`) and a batch. */
export const gradesQuerySchema = listQuerySchema.extend({
  batch: z.string().trim().max(100).optional(),
});
export type GradesQuery = z.infer<typeof gradesQuerySchema>;

/**
 * `GET /api/grades`: one page of the graded sessions, and how often model and person agree
 * over all of them.
 */
export const gradesOverviewSchema = pageInfoSchema.extend({
  rows: z.array(gradeRowSchema),
  agreement: agreementSchema,
  /** Per checkpoint, over sessions graded by checkpoint by both (empty without rubrics). */
  checkpoints: z.array(checkpointAgreementSchema),
});
export type GradesOverview = z.infer<typeof gradesOverviewSchema>;
