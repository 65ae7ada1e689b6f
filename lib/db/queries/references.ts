import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { sessionReferences } from '../schema';

export type SessionReference = {
  problemId: string | null;
  solution: string;
  guidelines: string;
  shortAnswer: string;
  source: string;
};

/** The reference solution and guidelines a session is graded against (a copy, see table). */
export async function setSessionReference(sessionId: string, ref: SessionReference) {
  getDb()
    .insert(sessionReferences)
    .values({ sessionId, ...ref })
    .onConflictDoUpdate({ target: sessionReferences.sessionId, set: ref })
    .run();
}

export async function getSessionReference(sessionId: string): Promise<SessionReference | null> {
  const row = getDb()
    .select()
    .from(sessionReferences)
    .where(eq(sessionReferences.sessionId, sessionId))
    .get();
  if (!row) return null;
  const { sessionId: _s, ...ref } = row;
  return ref;
}
