import 'server-only';
import { and, desc, eq, like } from 'drizzle-orm';
import type { ModelRole, TokenUsage } from '@/lib/model/types';
import type { RunProgress } from '@/lib/schemas';
import { getDb } from '../client';
import { newId } from '../ids';
import { modelCalls, rounds, runEvents, runs, sessionPipeline } from '../schema';

export type ModelCallRow = typeof modelCalls.$inferSelect;
export type SessionPipelineRow = typeof sessionPipeline.$inferSelect;

/** One finished (or failed) model request of a multi-step run, for usage and cost. */
export async function recordModelCall(input: {
  runId: string;
  sessionId: string;
  roundId: string | null;
  role: ModelRole;
  model: string;
  purpose: string;
  status: string;
  usage: TokenUsage | null;
  startedAt: number;
  finishedAt: number;
}): Promise<void> {
  const { usage, ...rest } = input;
  getDb()
    .insert(modelCalls)
    .values({
      id: newId(),
      ...rest,
      provider: usage?.provider ?? null,
      promptTokens: usage?.promptTokens ?? 0,
      cachedPromptTokens: usage?.cachedPromptTokens ?? 0,
      completionTokens: usage?.completionTokens ?? 0,
      reasoningTokens: usage?.reasoningTokens ?? null,
    })
    .run();
}

export async function listSessionModelCalls(sessionId: string): Promise<ModelCallRow[]> {
  return getDb().select().from(modelCalls).where(eq(modelCalls.sessionId, sessionId)).all();
}

export async function getSessionPipeline(
  sessionId: string,
): Promise<SessionPipelineRow | undefined> {
  return getDb()
    .select()
    .from(sessionPipeline)
    .where(eq(sessionPipeline.sessionId, sessionId))
    .get();
}

export async function saveSessionPipeline(
  sessionId: string,
  patch: { samples?: number; metaAuto?: boolean; minConfirmed?: number },
): Promise<void> {
  const now = Date.now();
  getDb()
    .insert(sessionPipeline)
    .values({ sessionId, ...patch, updatedAt: now })
    .onConflictDoUpdate({ target: sessionPipeline.sessionId, set: { ...patch, updatedAt: now } })
    .run();
}

/** The last progress a multi-step run reported, from its event log (after it finished). */
export async function lastRunProgress(runId: string): Promise<RunProgress | null> {
  const row = getDb()
    .select({ data: runEvents.data })
    .from(runEvents)
    .where(and(eq(runEvents.runId, runId), like(runEvents.data, '{"type":"progress"%')))
    .orderBy(desc(runEvents.seq))
    .limit(1)
    .get();
  return row ? (JSON.parse(row.data) as { progress: RunProgress }).progress : null;
}

/** Rounds left empty by interrupted multi-step runs of a kind (a refinement cut by a crash). */
export async function emptyRoundsOfInterrupted(kind: string): Promise<string[]> {
  return getDb()
    .select({ id: rounds.id })
    .from(rounds)
    .innerJoin(runs, eq(runs.id, rounds.sourceRunId))
    .where(and(eq(runs.kind, kind), eq(runs.status, 'interrupted'), eq(rounds.proof, '')))
    .all()
    .map((r) => r.id);
}
