import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { durableWrite } from '../client';
import { sessions } from '../schema';

/**
 * Deletes a session and everything that hangs off it: the foreign keys cascade to its rounds,
 * findings and replies, runs with their events, model calls and prompts, grades, shares,
 * searches and settings. Prompt texts are shared between runs by hash, so the ones no run
 * refers to any more go in the same transaction. False when there was no such session.
 */
export async function deleteSessionRows(sessionId: string): Promise<boolean> {
  return durableWrite('session delete', (tx) => {
    const { changes } = tx.delete(sessions).where(eq(sessions.id, sessionId)).run();
    if (!changes) return false;
    tx.run(sql`DELETE FROM prompt_texts WHERE hash NOT IN (SELECT messages_hash FROM run_prompts)`);
    return true;
  });
}
