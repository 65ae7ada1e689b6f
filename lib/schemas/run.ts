import { z } from 'zod';
import {
  autopilotRunSchema,
  metaVerifyRunSchema,
  type RunProgress,
  runProgressSchema,
  searchRunSchema,
  verifyRunSchema,
} from './run-kinds';
import type { Finding, Round } from './session';
import type { RoundVerification } from './verification';

export const runKindSchema = z.enum([
  'generate',
  'verify',
  'refine',
  'meta-verify',
  'autopilot',
  'search',
  'grade',
]);
export type RunKind = z.infer<typeof runKindSchema>;

export const runStatusSchema = z.enum([
  'queued',
  'running',
  'succeeded',
  'failed',
  'stopped',
  'interrupted',
]);
export type RunStatus = z.infer<typeof runStatusSchema>;

export const TERMINAL_STATUSES: readonly RunStatus[] = [
  'succeeded',
  'failed',
  'stopped',
  'interrupted',
];

export const createRunSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.enum(['generate', 'refine', 'grade']),
      /** Round to verify or refine; defaults to the latest round. */
      roundId: z.string().optional(),
      /** `refine` only: rewrite this outline node of the round alone (issue 17). */
      nodeId: z.string().min(1).max(200).optional(),
    })
    .strict(),
  verifyRunSchema,
  metaVerifyRunSchema,
  autopilotRunSchema,
  searchRunSchema,
]);
export type CreateRunInput = z.infer<typeof createRunSchema>;
/** What a client sends (defaults not yet applied). */
export type CreateRunRequest = z.input<typeof createRunSchema>;

/** A run's tokens as its provider counts them (see lib/model/providers/usage-readers.ts). */
export const usageSchema = z.object({
  promptTokens: z.number(),
  /** Input tokens served from the prompt cache (absent in runs recorded before issue 13). */
  cachedPromptTokens: z.number().optional(),
  /** Output tokens, reasoning included. */
  completionTokens: z.number(),
  reasoningTokens: z.number().nullable(),
  model: z.string().optional(),
  provider: z.string().optional(),
});

export const runSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  roundId: z.string().nullable(),
  kind: runKindSchema,
  status: runStatusSchema,
  model: z.string(),
  text: z.string(),
  reasoning: z.string(),
  error: z.string().nullable(),
  finishReason: z.string().nullable(),
  usage: usageSchema.nullable(),
  createdAt: z.number(),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
  /** The outline node a part run (verify or rewrite one part, issue 17) works on; null otherwise. */
  nodeId: z.string().nullable().optional(),
});
export type Run = z.infer<typeof runSchema>;

/**
 * A draft run's round and the proof stored in it; with the round itself as stored (its
 * findings, the checker's among them), for a page that does not hold the round yet (the
 * read of the session that would bring it is still on its way).
 */
export type StoredDraft = { roundId: string; proof: string; round?: Round };

/** What flows over `GET /api/runs/:id/events`, one JSON object per SSE `data:`. */
export type RunEvent =
  | { type: 'text' | 'reasoning'; delta: string }
  | {
      type: 'status';
      status: RunStatus;
      error?: string | null;
      finishReason?: string | null;
      /**
       * On a draft run's last event: the round's proof as stored. The page shows the stored
       * round at once, with no read of the session in between, so the editor takes keys the
       * moment the stream says the run ended.
       */
      draft?: StoredDraft;
    }
  | { type: 'replace'; text: string; reasoning: string }
  | { type: 'retry'; attempt: number; delayMs: number; reason: string }
  /** How many of the run's requests wait for a free slot of the endpoint's limit (0: none now). */
  | { type: 'slots'; waiting: number; limit: number }
  | { type: 'usage'; usage: z.infer<typeof usageSchema> }
  /** Multi-step runs (many verifiers, meta-verify, autopilot, search): where they stand. */
  | { type: 'progress'; progress: RunProgress }
  | FindingsEvent;

/**
 * Sent when a run has stored a round's findings (a verification, meta-verification marks,
 * automatic decisions): the round's findings, score and verification as the session view
 * has them, so the page applies them at once without refetching.
 */
export type FindingsEvent = {
  type: 'findings';
  roundId: string;
  score: number | null;
  findings: Finding[];
  verification: RoundVerification | null;
  /** The round's parts' scores (issue 17), when the run verified a part. */
  partScores?: Record<string, number | null>;
};

export type SequencedRunEvent = { seq: number; event: RunEvent };

/** `202` for `POST /api/sessions/:id/runs`: the run, and the round it writes or reads. */
export const startedRunSchema = z.object({ runId: z.string(), roundId: z.string().nullable() });
export type StartedRun = z.infer<typeof startedRunSchema>;

/** `POST /api/runs/:id/stop`: whether a live run was asked to stop, else its final status. */
export const stoppedRunSchema = z.object({
  id: z.string(),
  stopping: z.boolean(),
  status: z.union([runStatusSchema, z.literal('stopping')]),
});
export type StoppedRun = z.infer<typeof stoppedRunSchema>;

/** `GET /api/runs/:id`: the run with its text so far, and where a multi-step run stands. */
export const runDetailSchema = runSchema
  .omit({ sessionId: true })
  .extend({ progress: runProgressSchema.nullable() });
export type RunDetail = z.infer<typeof runDetailSchema>;
