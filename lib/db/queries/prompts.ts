import 'server-only';
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ChatMessage } from '@/lib/prompts/types';
import { conn } from '../conn';
import { newId } from '../ids';
import { first } from '../rows';
import type { runPrompts } from '../schema';
import { transaction } from '../transaction';

export type RunPromptRow = typeof runPrompts.$inferSelect;

/** The name of a prompt's exact messages: sha256 of their JSON. */
export function messagesHash(messages: ChatMessage[]): string {
  return createHash('sha256').update(JSON.stringify(messages)).digest('hex');
}

/**
 * Records that a run sent these messages, made from this set's template: the text once per
 * distinct content, the reference once per run and prompt. Written before the request goes
 * out, so a run that crashes mid-stream still says what it asked.
 */
export async function recordRunPrompt(input: {
  runId: string;
  sessionId: string;
  roundId: string | null;
  role: string;
  purpose: string;
  setName: string;
  templateHash: string;
  parser: string;
  messages: ChatMessage[];
}): Promise<string> {
  const { messages, ...rest } = input;
  const hash = messagesHash(messages);
  const now = Date.now();
  await transaction('run prompt', async (tx) => {
    const { t } = await conn();
    await tx.insert(t.promptTexts).values({ hash, messages, createdAt: now }).onConflictDoNothing();
    await tx
      .insert(t.runPrompts)
      .values({ id: newId(), ...rest, messagesHash: hash, createdAt: now })
      .onConflictDoNothing();
  });
  return hash;
}

export async function listRunPrompts(runId: string): Promise<RunPromptRow[]> {
  const { db, t } = await conn();
  return db
    .select()
    .from(t.runPrompts)
    .where(eq(t.runPrompts.runId, runId))
    .orderBy(asc(t.runPrompts.createdAt));
}

export async function listSessionRunPrompts(sessionId: string): Promise<RunPromptRow[]> {
  const { db, t } = await conn();
  return db
    .select()
    .from(t.runPrompts)
    .where(eq(t.runPrompts.sessionId, sessionId))
    .orderBy(asc(t.runPrompts.createdAt));
}

/** The messages stored under a hash (null when no run of this session sent them). */
export async function getSessionPromptText(
  sessionId: string,
  hash: string,
): Promise<ChatMessage[] | null> {
  const { db, t } = await conn();
  const used = await first(
    db
      .select({ id: t.runPrompts.id })
      .from(t.runPrompts)
      .where(and(eq(t.runPrompts.sessionId, sessionId), eq(t.runPrompts.messagesHash, hash)))
      .limit(1),
  );
  if (!used) return null;
  const row = await first(
    db.select().from(t.promptTexts).where(eq(t.promptTexts.hash, hash)).limit(1),
  );
  return row ? (row.messages as ChatMessage[]) : null;
}

/** The texts behind a set of hashes (for exports). */
export async function getPromptTexts(hashes: string[]): Promise<Map<string, ChatMessage[]>> {
  if (!hashes.length) return new Map();
  const { db, t } = await conn();
  const rows = await db
    .select()
    .from(t.promptTexts)
    .where(inArray(t.promptTexts.hash, [...new Set(hashes)]));
  return new Map(rows.map((r) => [r.hash, r.messages as ChatMessage[]]));
}
