import { z } from 'zod';
import { usageLineSchema } from './usage';

/** The IMO scale a rubric adds up to (grade.ts's MAX_POINTS, not imported: grade.ts uses us). */
const MAX_POINTS = 7;

/**
 * A problem's rubric (issue 15): checkpoints that earn points (at most 7 in all, the IMO
 * scale), notes on what earns nothing, and deductions that subtract from the total.
 * Alternative routes are written into a checkpoint's text ("or, by route B: …"), so their
 * points never add up past what one complete proof earns.
 */
export const MAX_RUBRIC_ITEMS = 30;
export const MAX_RUBRIC_TEXT_CHARS = 4_000;

const itemId = z
  .string()
  .trim()
  .min(1, 'an id is empty')
  .max(40, 'an id is longer than 40 characters')
  .regex(/^[A-Za-z0-9_.-]+$/, 'an id may hold letters, digits, "_", "." and "-" only');
const itemText = z
  .string()
  .trim()
  .min(1, 'a text is empty')
  .max(MAX_RUBRIC_TEXT_CHARS, 'a text is longer than 4,000 characters');

export const checkpointSchema = z.object({
  id: itemId,
  text: itemText,
  points: z.number().int().min(0).max(MAX_POINTS),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** A deduction subtracts its points from the checkpoints' sum (never below 0). */
export const deductionSchema = z.object({
  id: itemId,
  text: itemText,
  points: z.number().int().min(1).max(MAX_POINTS),
});
export type Deduction = z.infer<typeof deductionSchema>;

/** The checkpoints' points in all (what a complete proof earns). */
export const checkpointTotal = (r: { checkpoints: { points: number }[] }) =>
  r.checkpoints.reduce((s, c) => s + c.points, 0);

export const rubricSchema = z
  .object({
    checkpoints: z
      .array(checkpointSchema)
      .min(1, 'a rubric needs a checkpoint')
      .max(MAX_RUBRIC_ITEMS),
    zeroCredit: z.array(itemText).max(MAX_RUBRIC_ITEMS).default([]),
    deductions: z.array(deductionSchema).max(MAX_RUBRIC_ITEMS).default([]),
  })
  .strict()
  .superRefine((r, ctx) => {
    const total = checkpointTotal(r);
    if (total > MAX_POINTS) {
      ctx.addIssue({
        code: 'custom',
        path: ['checkpoints'],
        message: `the checkpoints add up to ${total} points, more than ${MAX_POINTS}`,
      });
    }
    const seen = new Set<string>();
    for (const item of [...r.checkpoints, ...r.deductions]) {
      if (seen.has(item.id)) {
        ctx.addIssue({ code: 'custom', message: `the id "${item.id}" is used twice` });
      }
      seen.add(item.id);
    }
  });
export type Rubric = z.infer<typeof rubricSchema>;
export type RubricInput = z.input<typeof rubricSchema>;

/** `GET /api/problems/:id/rubric`: the rubric, or null when the problem has none. */
export const storedRubricSchema = z.object({
  problemId: z.string(),
  rubric: rubricSchema.nullable(),
  updatedAt: z.number().nullable(),
});
export type StoredRubric = z.infer<typeof storedRubricSchema>;

/** `POST /api/problems/:id/rubric/draft`: the grader model's draft, for the person to edit. */
export const rubricDraftSchema = z.object({
  rubric: rubricSchema.nullable(),
  /** Why the draft could not be read as a rubric (the answer is still shown). */
  problem: z.string().nullable(),
  text: z.string(),
  /** What the draft cost: tokens, time, and the price when one is set for the model. */
  usage: usageLineSchema,
});
export type RubricDraft = z.infer<typeof rubricDraftSchema>;
