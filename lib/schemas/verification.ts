import { z } from 'zod';
import { severitySchema } from './findings';
import { MAX_SAMPLES } from './run-kinds';

/**
 * A round's verification by one or many verifier samples: what each sample found, how the
 * findings merge, the paper's verdict, and the session's verification settings.
 */
export const metaStatusSchema = z.enum(['confirmed', 'disputed', 'unchecked']);
export type MetaStatus = z.infer<typeof metaStatusSchema>;

/** One sample's own wording of a merged finding. */
export const findingWordingSchema = z.object({
  sampleId: z.string(),
  sampleIndex: z.number(),
  severity: severitySchema,
  quote: z.string(),
  description: z.string(),
  suggestion: z.string(),
});

/** How many of a verification's samples raised a finding, and what meta-verification said. */
export const findingSupportSchema = z.object({
  foundBy: z.number(),
  sampleCount: z.number(),
  meta: metaStatusSchema,
  wordings: z.array(findingWordingSchema),
});
export type FindingSupport = z.infer<typeof findingSupportSchema>;

export const sampleSummarySchema = z.object({
  id: z.string(),
  index: z.number(),
  status: z.string(),
  score: z.number().nullable(),
  error: z.string().nullable(),
  findings: z.number(),
  metaScore: z.number().nullable(),
  meta: metaStatusSchema,
});
export type SampleSummary = z.infer<typeof sampleSummarySchema>;

export const verdictSchema = z.object({
  /** The paper's label, or null before meta-verification. */
  value: z.number().nullable(),
  confirmed: z.number(),
  checked: z.number(),
  minConfirmed: z.number(),
  reason: z.string(),
});
export type Verdict = z.infer<typeof verdictSchema>;

export const roundVerificationSchema = z.object({
  id: z.string(),
  sampleCount: z.number(),
  samples: z.array(sampleSummarySchema),
  /** Score → how many samples gave it, highest score first. */
  distribution: z.array(z.object({ score: z.number(), count: z.number() })),
  mean: z.number().nullable(),
  min: z.number().nullable(),
  verdict: verdictSchema,
  /** Samples that answered, and whether that is under half ("verification incomplete"). */
  answered: z.number(),
  incomplete: z.boolean(),
});
export type RoundVerification = z.infer<typeof roundVerificationSchema>;

export const sampleDetailSchema = z.object({
  id: z.string(),
  index: z.number(),
  score: z.number().nullable(),
  text: z.string(),
  reasoning: z.string(),
  error: z.string().nullable(),
  metaScore: z.number().nullable(),
  metaText: z.string().nullable(),
  /** The meta-verifier's reasoning behind its rating ('' when it gave none, or none ran). */
  metaReasoning: z.string(),
});
export type SampleDetail = z.infer<typeof sampleDetailSchema>;

export const verificationSettingsSchema = z.object({
  samples: z.number(),
  metaAuto: z.boolean(),
  minConfirmed: z.number(),
});
export type VerificationSettings = z.infer<typeof verificationSettingsSchema>;

export const verificationSettingsPatchSchema = z
  .object({
    samples: z.number().int().min(1).max(MAX_SAMPLES).optional(),
    metaAuto: z.boolean().optional(),
    minConfirmed: z.number().int().min(1).max(MAX_SAMPLES).optional(),
  })
  .strict();
export type VerificationSettingsPatch = z.infer<typeof verificationSettingsPatchSchema>;
