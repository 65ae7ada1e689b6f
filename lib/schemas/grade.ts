import { z } from 'zod';

/** IMO-ProofBench's scale: 7 complete, 6 almost, 1 partial progress, 0 otherwise. */
export const MAX_POINTS = 7;
export const MAX_RATIONALE_CHARS = 20_000;

export const pointsSchema = z.number().int().min(0).max(MAX_POINTS);

export const autoGradeSchema = z.object({
  points: pointsSchema,
  reasons: z.string(),
  roundId: z.string().nullable(),
  runId: z.string().nullable(),
  updatedAt: z.number(),
});
export type AutoGrade = z.infer<typeof autoGradeSchema>;

export const humanGradeSchema = z.object({
  points: pointsSchema,
  rationale: z.string(),
  roundId: z.string().nullable(),
  updatedAt: z.number(),
});
export type HumanGrade = z.infer<typeof humanGradeSchema>;

/** Both grades of a session; either may be missing, neither overwrites the other. */
export const sessionGradeSchema = z.object({
  auto: autoGradeSchema.nullable(),
  human: humanGradeSchema.nullable(),
});
export type SessionGrade = z.infer<typeof sessionGradeSchema>;

export const humanGradeInputSchema = z
  .object({
    points: pointsSchema,
    rationale: z
      .string()
      .max(MAX_RATIONALE_CHARS, 'the rationale is longer than 20,000 characters')
      .default(''),
  })
  .strict();
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

/** `GET /api/grades`: every graded session and how often model and person agree. */
export const gradesOverviewSchema = z.object({
  rows: z.array(gradeRowSchema),
  agreement: agreementSchema,
});
export type GradesOverview = z.infer<typeof gradesOverviewSchema>;
