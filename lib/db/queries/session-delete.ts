import 'server-only';
import { eq, notInArray } from 'drizzle-orm';
import { conn } from '../conn';
import { affectedRows } from '../rows';
import { durableTransaction } from '../transaction';

/**
 * Deletes a session and everything that hangs off it: the foreign keys cascade to its rounds,
 * findings and replies, runs with their events, model calls and prompts, grades, shares,
 * searches and settings. Prompt texts are shared between runs by hash, so the ones no run
 * refers to any more go in the same transaction. False when there was no such session.
 */
export async function deleteSessionRows(sessionId: string): Promise<boolean> {
  return durableTransaction('session delete', async (tx) => {
    const { t } = await conn();
    const deleted = await tx.delete(t.sessions).where(eq(t.sessions.id, sessionId));
    if (!affectedRows(deleted)) return false;
    const used = tx.select({ hash: t.runPrompts.messagesHash }).from(t.runPrompts);
    await tx.delete(t.promptTexts).where(notInArray(t.promptTexts.hash, used));
    return true;
  });
}
