import 'server-only';
import { eq } from 'drizzle-orm';
import type { ModelRole, TokenUsage } from '@/lib/model/types';
import { conn } from '../conn';
import { newId } from '../ids';
import type { modelCalls } from '../schema';

export type ModelCallRow = typeof modelCalls.$inferSelect;

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
  const { db, t } = await conn();
  await db.insert(t.modelCalls).values({
    id: newId(),
    ...rest,
    provider: usage?.provider ?? null,
    promptTokens: usage?.promptTokens ?? 0,
    cachedPromptTokens: usage?.cachedPromptTokens ?? 0,
    completionTokens: usage?.completionTokens ?? 0,
    reasoningTokens: usage?.reasoningTokens ?? null,
  });
}

export async function listSessionModelCalls(sessionId: string): Promise<ModelCallRow[]> {
  const { db, t } = await conn();
  return db.select().from(t.modelCalls).where(eq(t.modelCalls.sessionId, sessionId));
}
