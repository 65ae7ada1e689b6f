import 'server-only';
import { eq } from 'drizzle-orm';
import { conn } from '../conn';
import { first } from '../rows';

export type SessionReference = {
  problemId: string | null;
  solution: string;
  guidelines: string;
  shortAnswer: string;
  source: string;
};

/** The reference solution and guidelines a session is graded against (a copy, see table). */
export async function setSessionReference(sessionId: string, ref: SessionReference) {
  const { db, t } = await conn();
  await db
    .insert(t.sessionReferences)
    .values({ sessionId, ...ref })
    .onConflictDoUpdate({ target: t.sessionReferences.sessionId, set: ref });
}

export async function getSessionReference(sessionId: string): Promise<SessionReference | null> {
  const { db, t } = await conn();
  const row = await first(
    db
      .select()
      .from(t.sessionReferences)
      .where(eq(t.sessionReferences.sessionId, sessionId))
      .limit(1),
  );
  if (!row) return null;
  const { sessionId: _s, ...ref } = row;
  return ref;
}
