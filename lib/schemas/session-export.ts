import { z } from 'zod';
import { gradeAwardsSchema } from './grade';
import { chatMessageSchema } from './prompts';

/**
 * The JSON export of a whole session: everything needed to rebuild it exactly — rounds,
 * findings with their anchors and decisions, runs with their text and reasoning, the
 * reference it is graded against and its grades. Ids are kept so references between rows
 * (a finding's round, a round's run) survive; an import gives every row a fresh id.
 */
export const SESSION_EXPORT_FORMAT = 'proofdesk.session';
export const SESSION_EXPORT_VERSION = 1;
/** Runs carry whole drafts and reasoning; a long session can reach several megabytes. */
export const MAX_SESSION_IMPORT_BYTES = 50_000_000;

const nullableString = z.string().nullable();
/** Opaque JSON kept as it was (anchors, usage, run parameters evolve with the engine). */
const jsonValue = z.unknown();

/** A reply under a finding (issue 15). */
export const exportedReplySchema = z.object({
  id: z.string(),
  text: z.string(),
  author: nullableString,
  decision: nullableString,
  createdAt: z.number(),
});

export const exportedFindingSchema = z.object({
  id: z.string(),
  runId: nullableString,
  position: z.number().int(),
  severity: z.string(),
  quote: z.string(),
  description: z.string(),
  suggestion: z.string(),
  category: nullableString,
  citedStart: z.number().int().nullable(),
  citedEnd: z.number().int().nullable(),
  anchor: jsonValue,
  decision: z.string(),
  note: z.string(),
  carriedFromId: nullableString,
  /** Files written before issue 15 have neither: their findings were all the verifier's. */
  source: z.enum(['verifier', 'person', 'checker']).default('verifier'),
  replies: z.array(exportedReplySchema).default([]),
  /** The outline node a part verification raised it on (issue 17); absent in older files. */
  nodeId: z.string().max(200).nullable().default(null),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** One verification of a part of a round (issue 17, "Verify this part"): its node and score. */
export const exportedPartVerificationSchema = z.object({
  nodeId: z.string().min(1).max(200),
  runId: nullableString,
  score: z.number().nullable(),
  createdAt: z.number(),
});

export const exportedRoundSchema = z.object({
  id: z.string(),
  index: z.number().int().min(1),
  origin: z.string(),
  proof: z.string(),
  selfEvaluation: nullableString,
  selfScore: z.number().nullable(),
  score: z.number().nullable(),
  sourceRunId: nullableString,
  parentRoundId: nullableString,
  truncated: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
  findings: z.array(exportedFindingSchema),
  /** Its parts' own verifications, oldest first (absent in files written before issue 17). */
  partVerifications: z.array(exportedPartVerificationSchema).default([]),
});

export const exportedRunSchema = z.object({
  id: z.string(),
  roundId: nullableString,
  kind: z.string(),
  status: z.string(),
  model: z.string(),
  text: z.string(),
  reasoning: z.string(),
  error: nullableString,
  finishReason: nullableString,
  usage: jsonValue,
  params: jsonValue,
  createdAt: z.number(),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
});

/** Which prompt set, template and messages a run sent (issue 22); texts are kept by hash. */
export const exportedRunPromptSchema = z.object({
  runId: z.string(),
  roundId: nullableString,
  role: z.string(),
  purpose: z.string(),
  setName: z.string(),
  templateHash: z.string(),
  parser: z.string().optional(),
  messagesHash: z.string(),
  createdAt: z.number(),
});

export const exportedReferenceSchema = z.object({
  problemId: nullableString,
  solution: z.string(),
  guidelines: z.string(),
  shortAnswer: z.string(),
  source: z.string(),
});

export const exportedGradeSchema = z.object({
  kind: z.enum(['auto', 'human']),
  points: z.number().int().min(0).max(10),
  /** Older files have neither: 7 points, no checkpoint awards. */
  maxPoints: z.number().int().min(1).max(10).default(7),
  awards: gradeAwardsSchema.nullable().default(null),
  text: z.string(),
  roundId: nullableString,
  runId: nullableString,
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const sessionExportSchema = z.object({
  format: z.literal(SESSION_EXPORT_FORMAT),
  version: z.literal(SESSION_EXPORT_VERSION),
  session: z.object({
    id: z.string(),
    title: nullableString,
    problem: z.string().min(1),
    createdAt: z.number(),
    updatedAt: z.number(),
  }),
  reference: exportedReferenceSchema.nullable(),
  rounds: z.array(exportedRoundSchema),
  runs: z.array(exportedRunSchema),
  grades: z.array(exportedGradeSchema),
  /** Absent in files written before prompt sets. */
  prompts: z.array(exportedRunPromptSchema).optional(),
  promptTexts: z.record(z.string(), z.array(chatMessageSchema)).optional(),
});
export type SessionExport = z.infer<typeof sessionExportSchema>;
export type ExportedRound = z.infer<typeof exportedRoundSchema>;
export type ExportedFinding = z.infer<typeof exportedFindingSchema>;
export type ExportedRun = z.infer<typeof exportedRunSchema>;

export const exportFormatSchema = z.enum(['md', 'tex', 'pdf', 'json']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;
