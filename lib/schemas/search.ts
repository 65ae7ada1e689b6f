import { z } from 'zod';
import { searchParamsSchema } from './run-kinds';

export const searchStatusSchema = z.enum([
  'running',
  'paused',
  'passed',
  'exhausted',
  'budget',
  'cancelled',
  'failed',
]);
export type SearchStatus = z.infer<typeof searchStatusSchema>;

/** One proof of the pool, as the live view shows it (the proof text is fetched on demand). */
export const searchCandidateViewSchema = z.object({
  id: z.string(),
  ordinal: z.number(),
  generation: z.number(),
  parents: z.array(z.string()),
  analyses: z.array(z.string()),
  scores: z.array(z.number().nullable()),
  meanScore: z.number().nullable(),
  verificationsDone: z.number(),
  selfScore: z.number().nullable(),
  failed: z.boolean(),
});
export type SearchCandidateView = z.infer<typeof searchCandidateViewSchema>;

export const searchViewSchema = z.object({
  id: z.string(),
  runId: z.string().nullable(),
  status: searchStatusSchema,
  live: z.boolean(),
  params: searchParamsSchema,
  error: z.string().nullable(),
  candidates: z.array(searchCandidateViewSchema),
  best: z
    .object({ id: z.string(), ordinal: z.number(), proof: z.string(), meanScore: z.number() })
    .nullable(),
  requests: z.number(),
  tokens: z.object({ prompt: z.number(), completion: z.number() }),
  createdAt: z.number(),
  updatedAt: z.number(),
  finishedAt: z.number().nullable(),
});
export type SearchView = z.infer<typeof searchViewSchema>;

export const openCandidateSchema = z.object({ candidateId: z.string().optional() }).strict();

/** `GET /api/sessions/:id/searches`: the session's searches, newest first. */
export const searchListSchema = z.object({
  searches: z.array(z.object({ id: z.string(), status: z.string(), createdAt: z.number() })),
});
export type SearchList = z.infer<typeof searchListSchema>;

/** Pause and cancel answer once the search has taken the order. */
export const searchControlResultSchema = z.object({ id: z.string(), ok: z.literal(true) });
export type SearchControlResult = z.infer<typeof searchControlResultSchema>;

/** Resume continues a paused search as a new run. */
export const resumedSearchSchema = z.object({ runId: z.string() });
export type ResumedSearch = z.infer<typeof resumedSearchSchema>;

/** "Open as round": the round the proof became. */
export const openedRoundSchema = z.object({ roundId: z.string() });
export type OpenedRound = z.infer<typeof openedRoundSchema>;
