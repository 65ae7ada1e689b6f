import { z } from 'zod';
import { decisionSchema, MAX_NOTE_CHARS, severitySchema } from './findings';

/**
 * Who raised a finding: a verifier model's report (merged over its samples), a person in
 * the editor or the review queue, or a deterministic check (reserved; none exists yet).
 */
export const findingSourceSchema = z.enum(['verifier', 'person', 'checker']);
export type FindingSource = z.infer<typeof findingSourceSchema>;

/**
 * The Open Proof Corpus's seven error categories: the default list a person picks from
 * (its LLM judge and its human graders annotate with the same seven).
 */
export const FINDING_CATEGORIES = [
  'Overgeneralization',
  'Oversimplification',
  'Skipped computation',
  'Citing a non-standard result',
  'Missing edge case',
  'Wrong final answer',
  'Other',
] as const;

export const MAX_FINDING_TEXT_CHARS = MAX_NOTE_CHARS;
export const MAX_CATEGORY_CHARS = 100;
export const MAX_REPLY_CHARS = 5_000;

const text = (what: string, max: number) =>
  z.string().max(max, `${what} is longer than ${max.toLocaleString('en-US')} characters`);

const description = text('the description', MAX_FINDING_TEXT_CHARS)
  .trim()
  .min(1, 'say what is wrong: the description is empty');
const suggestion = text('the suggested fix', MAX_FINDING_TEXT_CHARS).trim();
/** Empty means "no category" (stored as null). */
const category = text('the category', MAX_CATEGORY_CHARS).trim().nullable();
const line = z.number().int().min(1, 'lines start at 1');
/** 1-based, as Monaco counts; an end column points just after the last selected character. */
const column = z.number().int().min(1, 'columns start at 1');

/**
 * `POST /api/rounds/:id/findings`: a person's finding on lines of the round's proof (the
 * editor's selection, or the cursor's line). Shared by the route and the dialog's form.
 */
export const createFindingSchema = z
  .object({
    startLine: line,
    endLine: line,
    startColumn: column.optional(),
    endColumn: column.optional(),
    severity: severitySchema,
    category: category.optional(),
    description,
    suggestion: suggestion.optional(),
  })
  .strict()
  .refine((v) => v.endLine >= v.startLine, {
    message: 'the end line comes before the start line',
    path: ['endLine'],
  });
export type CreateFindingInput = z.infer<typeof createFindingSchema>;

/** What the dialog edits of a person's finding (`PATCH /api/findings/:id`). */
export const findingContentSchema = z.object({
  severity: severitySchema,
  category: category,
  description,
  suggestion,
});
export type FindingContent = z.infer<typeof findingContentSchema>;

/**
 * `PATCH /api/findings/:id`: a decision (with its note), or new content for a person's
 * finding, or both. An override needs a note saying why or how.
 */
export const findingPatchSchema = z
  .object({
    decision: decisionSchema.optional(),
    note: text('the note', MAX_NOTE_CHARS).optional(),
    ...findingContentSchema.partial().shape,
  })
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: 'nothing to change: send a decision or the finding’s new content',
  })
  .refine((v) => v.decision !== 'overridden' || (v.note ?? '').trim().length > 0, {
    message: 'an override needs a note saying why or how',
    path: ['note'],
  });
export type FindingPatch = z.infer<typeof findingPatchSchema>;

/** One reply in a finding's thread. */
export const findingReplySchema = z.object({
  id: z.string(),
  text: z.string(),
  createdAt: z.number(),
  /** Who wrote it when sign-in is on; null otherwise. */
  author: z.string().nullable(),
  /** The decision this reply set, when it changed one. */
  decision: decisionSchema.nullable(),
});
export type FindingReply = z.infer<typeof findingReplySchema>;

/**
 * `POST /api/findings/:id/replies`. A reply can change the decision ("accept after
 * discussion"); an override takes the reply as its note.
 */
export const createReplySchema = z
  .object({
    text: text('the reply', MAX_REPLY_CHARS).trim().min(1, 'the reply is empty'),
    decision: decisionSchema.optional(),
  })
  .strict();
export type CreateReplyInput = z.infer<typeof createReplySchema>;
