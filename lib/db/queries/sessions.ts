import 'server-only';
import { eq } from 'drizzle-orm';
import { titleFromProblem } from '@/lib/math/problem-title';
import { conn } from '../conn';
import { newId } from '../ids';
import { first } from '../rows';
import type { sessions } from '../schema';
import { durableTransaction } from '../transaction';

export type SessionRow = typeof sessions.$inferSelect;

/** A title for lists: the given one, else one made from the problem (math/problem-title.ts). */
export function deriveTitle(problem: string, title?: string | null): string {
  if (title?.trim()) return title.trim();
  return titleFromProblem(problem);
}

export async function createSession(input: { problem: string; title?: string }): Promise<string> {
  const now = Date.now();
  const id = newId();
  const { db, t } = await conn();
  await db.insert(t.sessions).values({
    id,
    problem: input.problem,
    title: input.title?.trim() || null,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}

export async function getSession(id: string): Promise<SessionRow | undefined> {
  const { db, t } = await conn();
  return first(db.select().from(t.sessions).where(eq(t.sessions.id, id)).limit(1));
}

export async function updateSession(
  id: string,
  patch: { problem?: string; title?: string },
): Promise<void> {
  // A person's edit of the problem or title: durable once acknowledged.
  await durableTransaction('hand edit', async (tx) => {
    const { t } = await conn();
    await tx
      .update(t.sessions)
      .set({ ...patch, updatedAt: Date.now() })
      .where(eq(t.sessions.id, id));
  });
}
