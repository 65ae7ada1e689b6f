import { z } from 'zod';

/**
 * How far "verified" is from "correct" (issue 15): one point per session with a human grade
 * and a verifier score. `verifierMean` is the mean of the verifier samples' scores (0–1);
 * `samples` is how many answered, null when unknown (an imported mean such as
 * DeepSeekMath-V2's `average_automatic_rating`). `humanPoints` is on the contest's scale
 * (`maxPoints`: 7, or 10 for Putnam).
 */
export const calibrationPointSchema = z.object({
  sessionId: z.string(),
  title: z.string(),
  verifierMean: z.number(),
  samples: z.number().int().nullable(),
  /** The lowest and highest sample score, when the samples are stored. */
  spread: z.object({ min: z.number(), max: z.number() }).nullable(),
  humanPoints: z.number(),
  maxPoints: z.number().int(),
});
export type CalibrationPoint = z.infer<typeof calibrationPointSchema>;

/** Human grades of the sessions whose verifier mean falls in [from, to) (or exactly 1). */
export const calibrationBucketSchema = z.object({
  label: z.string(),
  from: z.number(),
  to: z.number(),
  sessions: z.number().int(),
  /** Graded at most 2/7 of full marks. */
  low: z.number().int(),
  partial: z.number().int(),
  /** Graded at least 6/7 of full marks. */
  high: z.number().int(),
  /** Mean human grade as a share of full marks (0–1); null for an empty bucket. */
  meanShare: z.number().nullable(),
});
export type CalibrationBucket = z.infer<typeof calibrationBucketSchema>;

/** `GET /api/grades/calibration`. */
export const calibrationSchema = z.object({
  points: z.array(calibrationPointSchema),
  /** Sessions every verifier sample passed (mean 1) that a person graded ≤ 2 of 7. */
  passedButLow: z.array(z.string()),
  buckets: z.array(calibrationBucketSchema),
});
export type Calibration = z.infer<typeof calibrationSchema>;
