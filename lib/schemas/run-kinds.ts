import { z } from 'zod';

/**
 * The inputs of the runs that take more than one model request (issue 5): verification with
 * many samples, meta-verification, autopilot and proof search; how such a run ended, and its
 * live progress. Shared by the route handlers and the UI.
 */
export const MAX_SAMPLES = 64;

const roundId = z.string().optional();
const samples = z.number().int().min(1).max(MAX_SAMPLES);
const budgetTokens = z.number().int().positive().max(1e12).nullable().optional();

/**
 * A verification of the whole round, or with `nodeId` of one part of it (issue 17: an
 * outline node's id from `GET /api/rounds/:id/outline`); a part is checked by one sample.
 */
export const verifyRunSchema = z
  .object({
    kind: z.literal('verify'),
    roundId,
    samples: samples.optional(),
    nodeId: z.string().min(1).max(200).optional(),
  })
  .strict();

export const metaVerifyRunSchema = z.object({ kind: z.literal('meta-verify'), roundId }).strict();

/**
 * When autopilot stops with a pass: every sample of a round at 1; `k` consecutive passing
 * samples (in the order they finished, the IMO25 agent's rule); or the meta-verified verdict 1.
 */
export const passRuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('all-samples') }).strict(),
  z
    .object({ type: z.literal('consecutive'), k: z.number().int().min(1).max(MAX_SAMPLES) })
    .strict(),
  z.object({ type: z.literal('verdict') }).strict(),
]);
export type PassRule = z.infer<typeof passRuleSchema>;

export const autopilotRunSchema = z
  .object({
    kind: z.literal('autopilot'),
    roundId,
    samples: samples.optional(),
    maxRounds: z.number().int().min(1).max(50).default(5),
    passRule: passRuleSchema.default({ type: 'all-samples' }),
    budgetTokens,
    pauseEachRound: z.boolean().default(false),
    /**
     * Part by part (issue 17): verify the proof's lemmas and claims one at a time, bottom-up,
     * rewrite each that fails, then verify the whole proof once.
     */
    byParts: z.boolean().optional(),
  })
  .strict();
export type AutopilotInput = z.infer<typeof autopilotRunSchema>;

export const searchParamsSchema = z
  .object({
    pool: z.number().int().min(1).max(64).default(8),
    verificationsPerProof: z.number().int().min(1).max(64).default(4),
    analysesPerRefinement: z.number().int().min(1).max(64).default(4),
    proofsPerRefinement: z.number().int().min(1).max(4).default(1),
    iterations: z.number().int().min(0).max(16).default(4),
    budgetTokens,
    concurrency: z.number().int().min(1).max(64).default(8),
  })
  .strict();
export type SearchParams = z.infer<typeof searchParamsSchema>;

export const searchRunSchema = searchParamsSchema.extend({ kind: z.literal('search') }).strict();

/**
 * Why a multi-step run ended, as a fact the UI can style (`lib/run-outcome.ts`): only
 * `passed` is a success for an autopilot or a search; `done` is a verification in which every
 * sample answered; the rest ended without a pass and say why.
 */
export const runEndSchema = z.enum([
  'passed',
  'done',
  'paused',
  'samples-failed',
  'verification-incomplete',
  'round-limit',
  'budget',
  'refine-unfinished',
  'exhausted',
  'model-failed',
  'stopped',
  'cancelled',
]);
export type RunEnd = z.infer<typeof runEndSchema>;

/** Live progress of a multi-step run, as `{type:'progress'}` events and `GET /api/runs/:id`. */
export const runProgressSchema = z.object({
  /** What is running now, in words ("verifying R2: 5 of 8 samples"). */
  phase: z.string(),
  round: z.number().nullable(),
  roundsDone: z.number(),
  maxRounds: z.number().nullable(),
  requestsDone: z.number(),
  requestsTotal: z.number().nullable(),
  running: z.number(),
  tokens: z.object({ prompt: z.number(), completion: z.number(), reasoning: z.number() }),
  budgetTokens: z.number().nullable(),
  elapsedMs: z.number(),
  etaMs: z.number().nullable(),
  /** Bumped whenever rounds, findings or the search pool changed: the UI refetches then. */
  changes: z.number(),
  /** How the run ended, in words, once it has ("passed in R3", "paused for your decisions"). */
  outcome: z.string().nullable(),
  /** Why it ended (absent in runs recorded before it existed: read from `outcome` then). */
  end: runEndSchema.nullable().optional(),
  searchId: z.string().nullable(),
});
export type RunProgress = z.infer<typeof runProgressSchema>;
