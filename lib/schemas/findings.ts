import { z } from 'zod';

/** How bad a finding is. Maps IMO25's "Critical Error" → critical, "Justification Gap" → gap. */
export const severitySchema = z.enum(['critical', 'gap', 'minor']);
export type Severity = z.infer<typeof severitySchema>;

/** 1-based inclusive line range in a proof. */
export const lineRangeSchema = z.object({
  start: z.number().int().min(1),
  end: z.number().int().min(1),
});
export type LineRange = z.infer<typeof lineRangeSchema>;

/** One finding as a report parser reads it, before it is placed in the proof. */
export const parsedFindingSchema = z.object({
  severity: severitySchema,
  /** Proof text the verifier quoted (may be loose, elided or empty). */
  quote: z.string(),
  /** Lines the verifier cited, if it cited any. */
  lines: lineRangeSchema.nullable(),
  description: z.string(),
  suggestion: z.string(),
  /** Free-form class from the source format (e.g. "Overgeneralization"). */
  category: z.string().optional(),
});
export type ParsedFinding = z.infer<typeof parsedFindingSchema>;

export const reportFormatSchema = z.enum(['proofdesk', 'imo25', 'deepseek', 'json', 'unknown']);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

/** What every report parser returns. A report none understands is kept as one unanchored finding. */
export const parsedReportSchema = z.object({
  format: reportFormatSchema,
  score: z.number().nullable(),
  summary: z.string(),
  findings: z.array(parsedFindingSchema),
});
export type ParsedReport = z.infer<typeof parsedReportSchema>;

export const anchorConfidenceSchema = z.enum(['exact', 'confident', 'approximate', 'orphan']);
export type AnchorConfidence = z.infer<typeof anchorConfidenceSchema>;

/**
 * Where a finding sits in a proof. Offsets are UTF-16 code-unit offsets into the proof
 * string (what JS strings and Monaco use); lines are 1-based and inclusive.
 * An orphan anchor only carries the verifier's cited lines (offsets span those lines).
 */
export const anchorSchema = z.object({
  startLine: z.number().int().min(1),
  endLine: z.number().int().min(1),
  startOffset: z.number().int().min(0),
  endOffset: z.number().int().min(0),
  confidence: anchorConfidenceSchema,
  similarity: z.number().min(0).max(1),
  /**
   * How the anchored text fared since it was placed: untouched, edited inside by the
   * person, or deleted/rewritten (then the finding offers "re-anchor").
   */
  status: z.enum(['current', 'modified', 'outdated']).optional(),
  /** The proof text the anchor covered when it was placed (to tell edits apart). */
  text: z.string().optional(),
});
export type Anchor = z.infer<typeof anchorSchema>;
export type AnchorStatus = NonNullable<Anchor['status']>;

export const decisionSchema = z.enum(['pending', 'accepted', 'overridden', 'dismissed']);
export type Decision = z.infer<typeof decisionSchema>;

export const MAX_NOTE_CHARS = 20_000;

export const decisionPatchSchema = z
  .object({
    decision: decisionSchema,
    note: z.string().max(MAX_NOTE_CHARS, 'note is longer than 20,000 characters').optional(),
  })
  .strict()
  .refine((v) => v.decision !== 'overridden' || (v.note ?? '').trim().length > 0, {
    message: 'an override needs a note saying why or how',
    path: ['note'],
  });
export type DecisionPatch = z.infer<typeof decisionPatchSchema>;
