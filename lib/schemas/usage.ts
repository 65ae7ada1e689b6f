import { z } from 'zod';

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

export const sessionUsageSchema = z.object({
  runs: z.array(usageLineSchema),
  rounds: z.array(usageLineSchema),
  /** Per model role (generator, verifier, meta-verifier, grader). */
  roles: z.array(usageLineSchema),
  session: usageLineSchema,
  priced: z.boolean(),
  /** Why prices could not be read (PROOFDESK_PRICES unreadable), else null. */
  pricesError: z.string().nullable(),
});
export type SessionUsage = z.infer<typeof sessionUsageSchema>;
