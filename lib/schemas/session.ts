import { z } from 'zod';
import { checkerStatsSchema, roundCheckSchema } from './checker';
import { anchorSchema, decisionSchema, severitySchema } from './findings';
import { sessionGradeSchema } from './grade';
import { MAX_TITLE_CHARS } from './limits';
import { listQuerySchema, pageInfoSchema } from './list-query';
import { findingReplySchema, findingSourceSchema } from './person-findings';
import { runPromptSchema } from './prompts';
import { runStatusSchema } from './run';
import { runEndSchema } from './run-kinds';
import {
  findingSupportSchema,
  roundVerificationSchema,
  verificationSettingsSchema,
} from './verification';

/** Size limits are checked in bytes by the handler (413), not here (400). */
export const createSessionSchema = z
  .object({
    problem: z.string().trim().min(1, 'the problem is empty'),
    title: z.string().trim().max(MAX_TITLE_CHARS).optional(),
  })
  .strict();
export type CreateSessionInput = z.infer<typeof createSessionSchema>;

export const updateSessionSchema = z
  .object({
    problem: z.string().trim().min(1, 'the problem is empty').optional(),
    title: z.string().trim().max(MAX_TITLE_CHARS).optional(),
  })
  .strict();
export type UpdateSessionInput = z.infer<typeof updateSessionSchema>;

/** Where the editor currently draws a finding, saved with the proof so a reload agrees. */
export const livePlacementSchema = z.object({
  findingId: z.string(),
  startLine: z.number().int().min(1),
  endLine: z.number().int().min(1),
  startOffset: z.number().int().min(0),
  endOffset: z.number().int().min(0),
  status: z.enum(['current', 'modified', 'outdated']),
});
export type LivePlacement = z.infer<typeof livePlacementSchema>;

export const updateRoundSchema = z
  .object({
    proof: z.string(),
    placements: z.array(livePlacementSchema).max(2000).optional(),
    /**
     * The fingerprint (`textFingerprint`) of the round's text the edit was typed over. When
     * the round holds another text now (changed in another tab), the edit is not written over
     * it: it becomes a new round, and the answer says so (`conflict`). Without it, the save
     * replaces whatever the round holds.
     */
    base: z.string().max(40).optional(),
  })
  .strict();
export type UpdateRoundInput = z.infer<typeof updateRoundSchema>;

/**
 * A round the person writes: the first draft typed or pasted into a session with no round
 * yet. A later round of the person's comes from editing one (updateRoundSchema).
 */
export const writeRoundSchema = z
  .object({ proof: z.string().refine((p) => p.trim().length > 0, 'the proof is empty') })
  .strict();
export type WriteRoundInput = z.infer<typeof writeRoundSchema>;

export const findingSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  severity: severitySchema,
  quote: z.string(),
  description: z.string(),
  suggestion: z.string(),
  category: z.string().nullable(),
  citedLines: z.object({ start: z.number(), end: z.number() }).nullable(),
  anchor: anchorSchema.nullable(),
  decision: decisionSchema,
  note: z.string(),
  carriedFromId: z.string().nullable(),
  /** Who raised it (issue 15); a verifier's carries its sample count in `support`. */
  source: findingSourceSchema,
  /** The thread under it, oldest first. */
  replies: z.array(findingReplySchema),
  /** Many verifiers: how many samples raised it, their wordings, meta-verification (issue 5). */
  support: findingSupportSchema.nullable().optional(),
  /** The outline node a "Verify this part" run raised it on (issue 17); absent or null otherwise. */
  nodeId: z.string().nullable().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const roundOriginSchema = z.enum(['generate', 'refine', 'manual', 'import', 'search']);
export type RoundOrigin = z.infer<typeof roundOriginSchema>;

export const roundSchema = z.object({
  id: z.string(),
  index: z.number(),
  origin: roundOriginSchema,
  proof: z.string(),
  selfEvaluation: z.string().nullable(),
  selfScore: z.number().nullable(),
  score: z.number().nullable(),
  truncated: z.boolean(),
  sourceRunId: z.string().nullable(),
  parentRoundId: z.string().nullable(),
  findings: z.array(findingSchema),
  /** The latest verification's samples, score distribution and verdict (issue 5). */
  verification: roundVerificationSchema.nullable().optional(),
  /** The deterministic checker's counts and every relation it read (issue 16). */
  check: roundCheckSchema.nullable().optional(),
  /** Each verified part's latest score, by outline node id (issue 17: "Verify this part"). */
  partScores: z.record(z.string(), z.number().nullable()).optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Round = z.infer<typeof roundSchema>;

/**
 * Where a session matched a full-text search: a snippet of the text around the words (marked
 * with \u0002 … \u0003), and the round or finding it came from, for a link straight there.
 */
export const searchMatchSchema = z.object({
  kind: z.enum(['problem', 'proof', 'finding', 'note']),
  snippet: z.string(),
  roundIndex: z.number().nullable(),
  findingId: z.string().nullable(),
});
export type SearchMatch = z.infer<typeof searchMatchSchema>;

export const sessionSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  lastScore: z.number().nullable(),
  /** How many verifier samples gave `lastScore` (null when no round is verified). */
  samples: z.number().nullable(),
  rounds: z.number(),
  /** The state of the session's most recent run, null before the first run. */
  lastRunStatus: runStatusSchema.nullable(),
  lastRunKind: z.string().nullable(),
  /** Why the last run ended, when it was a multi-step run that finished (see `runOutcome`). */
  lastRunEnd: runEndSchema.nullable(),
  createdAt: z.number(),
  /** When anything in the session last changed: an edit, a round, or a run's state. */
  updatedAt: z.number(),
  /** With a search: where this session matched, for its row (null without one). */
  match: searchMatchSchema.nullable().optional(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** Home's list query: the shared list query, a filter on the last run's state, and a sort. */
export const sessionListQuerySchema = listQuerySchema.extend({
  state: z
    .enum(['any', 'never-run', 'running', 'succeeded', 'not-passed', 'failed', 'stopped'])
    .default('any'),
  sort: z.enum(['updated', 'created', 'score', 'rounds', 'title']).default('updated'),
});
export type SessionListQuery = z.infer<typeof sessionListQuerySchema>;

/** Home's list as it first opens: no search, any state, last change first. */
export const HOME_LIST_QUERY = {
  q: '',
  state: 'any',
  sort: 'updated',
} as const satisfies Partial<SessionListQuery>;

export const runSummarySchema = z.object({
  id: z.string(),
  roundId: z.string().nullable(),
  kind: z.string(),
  status: z.string(),
  model: z.string(),
  error: z.string().nullable(),
  finishReason: z.string().nullable(),
  usage: z
    .object({
      promptTokens: z.number(),
      completionTokens: z.number(),
      reasoningTokens: z.number().nullable(),
    })
    .nullable(),
  createdAt: z.number(),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
  /** The prompt sets and templates the run's requests were made from (issue 22). */
  prompts: z.array(runPromptSchema).optional(),
  /** The outline node a part run works on (issue 17: verify or rewrite this part). */
  nodeId: z.string().nullable().optional(),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

export const sessionDetailSchema = z.object({
  id: z.string(),
  title: z.string(),
  problem: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  rounds: z.array(roundSchema),
  runs: z.array(runSummarySchema),
  activeRunId: z.string().nullable(),
  verificationSettings: verificationSettingsSchema.optional(),
  /** Automatic and human grades out of 7 (issue 6). */
  grade: sessionGradeSchema,
});
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

/** `GET /api/sessions`: Home's list, already searched, filtered and sorted. */
export const sessionListSchema = pageInfoSchema.extend({ sessions: z.array(sessionSummarySchema) });
export type SessionList = z.infer<typeof sessionListSchema>;

/** `201 {id}`: a new session (typed, imported, or started from a library problem). */
export const createdSessionSchema = z.object({ id: z.string() });
export type CreatedSession = z.infer<typeof createdSessionSchema>;

/** `POST /api/rounds/:id/check`: the checker's findings on the round (as stored) and its counts. */
export const roundCheckResultSchema = z.object({
  findings: z.array(findingSchema),
  stats: checkerStatsSchema,
});
export type RoundCheckResult = z.infer<typeof roundCheckResultSchema>;

/**
 * `PATCH /api/rounds/:id`: where the edit landed (a new round when the edited one was verified);
 * `POST /api/sessions/:id/rounds`: the round the person's own proof became (`forked`).
 */
export const savedProofSchema = z.object({
  id: z.string(),
  saved: z.literal(true),
  roundId: z.string(),
  forked: z.boolean(),
  /** The round had changed since the edit's `base`: the edit was saved as a new round. */
  conflict: z.boolean().optional(),
  /**
   * That round's findings as stored with the new text: their places in it and the checker's
   * rereading. The page shows them together with the text, never one without the other.
   */
  findings: z.array(findingSchema),
});
export type SavedProof = z.infer<typeof savedProofSchema>;
