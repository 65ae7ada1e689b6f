import { z } from 'zod';
import { runEndSchema } from './run-kinds';

/** Tokens, time and cost of one run, one round or the whole session. */
export const usageLineSchema = z.object({
  id: z.string(),
  label: z.string(),
  requests: z.number(),
  promptTokens: z.number(),
  /** Of promptTokens, those served from the provider's prompt cache. */
  cachedPromptTokens: z.number(),
  reasoningTokens: z.number(),
  answerTokens: z.number(),
  timeMs: z.number(),
  /** In the currency of the configured prices; null when no price is set for a model used. */
  cost: z.number().nullable(),
});
export type UsageLine = z.infer<typeof usageLineSchema>;

/** One finished autopilot run on the session's problem, and the tokens it spent (issue 17). */
export const autopilotTokensSchema = z.object({
  runId: z.string(),
  sessionId: z.string(),
  /** A run of this session (else of another session with the same problem). */
  here: z.boolean(),
  byParts: z.boolean(),
  status: z.string(),
  /** Prompt plus answer tokens (reasoning included), as the provider counted them. */
  tokens: z.number(),
  outcome: z.string().nullable(),
  end: runEndSchema.nullable(),
  finishedAt: z.number().nullable(),
  /** How many runs this effort took: a stopped run and the runs that resumed it count as one. */
  runs: z.number().optional(),
  /** Whether the effort ended on its own (passed, failed, out of budget), not stopped midway. */
  finished: z.boolean().optional(),
});
export type AutopilotTokens = z.infer<typeof autopilotTokensSchema>;

/** Part-by-part against whole-proof autopilot on the same problem, newest first each. */
export const autopilotComparisonSchema = z.object({
  parts: z.array(autopilotTokensSchema),
  whole: z.array(autopilotTokensSchema),
});
export type AutopilotComparison = z.infer<typeof autopilotComparisonSchema>;

export const sessionUsageSchema = z.object({
  runs: z.array(usageLineSchema),
  rounds: z.array(usageLineSchema),
  /** Per model role (generator, verifier, meta-verifier, grader). */
  roles: z.array(usageLineSchema),
  session: usageLineSchema,
  priced: z.boolean(),
  /** Why prices could not be read (PROOFDESK_PRICES unreadable), else null. */
  pricesError: z.string().nullable(),
  /** Autopilot runs on this problem, part by part against whole-proof (issue 17). */
  autopilots: autopilotComparisonSchema.optional(),
});
export type SessionUsage = z.infer<typeof sessionUsageSchema>;
