import 'server-only';
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ChatMessage } from '@/lib/prompts/types';
import { getDb } from '../client';
import { newId } from '../ids';
import { promptTexts, runPrompts } from '../schema';

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
  const db = getDb();
  db.transaction((tx) => {
    tx.insert(promptTexts).values({ hash, messages, createdAt: now }).onConflictDoNothing().run();
    tx.insert(runPrompts)
      .values({ id: newId(), ...rest, messagesHash: hash, createdAt: now })
      .onConflictDoNothing()
      .run();
  });
  return hash;
}

export async function listRunPrompts(runId: string): Promise<RunPromptRow[]> {
  return getDb()
    .select()
    .from(runPrompts)
    .where(eq(runPrompts.runId, runId))
    .orderBy(asc(runPrompts.createdAt))
    .all();
}

export async function listSessionRunPrompts(sessionId: string): Promise<RunPromptRow[]> {
  return getDb()
    .select()
    .from(runPrompts)
    .where(eq(runPrompts.sessionId, sessionId))
    .orderBy(asc(runPrompts.createdAt))
    .all();
}

/** The messages stored under a hash (null when no run of this session sent them). */
export async function getSessionPromptText(
  sessionId: string,
  hash: string,
): Promise<ChatMessage[] | null> {
  const used = getDb()
    .select({ id: runPrompts.id })
    .from(runPrompts)
    .where(and(eq(runPrompts.sessionId, sessionId), eq(runPrompts.messagesHash, hash)))
    .get();
  if (!used) return null;
  const row = getDb().select().from(promptTexts).where(eq(promptTexts.hash, hash)).get();
  return row ? (row.messages as ChatMessage[]) : null;
}

/** The texts behind a set of hashes (for exports). */
export async function getPromptTexts(hashes: string[]): Promise<Map<string, ChatMessage[]>> {
  if (!hashes.length) return new Map();
  const rows = getDb()
    .select()
    .from(promptTexts)
    .where(inArray(promptTexts.hash, [...new Set(hashes)]))
    .all();
  return new Map(rows.map((r) => [r.hash, r.messages as ChatMessage[]]));
}
