import 'server-only';
import { eq } from 'drizzle-orm';
import { truncateTex } from '@/lib/math/truncate-tex';
import { durableWrite, getDb } from '../client';
import { newId } from '../ids';
import { sessions } from '../schema';

export type SessionRow = typeof sessions.$inferSelect;

/** A title for lists: the given one, else the problem's first non-empty line without markup. */
export function deriveTitle(problem: string, title?: string | null): string {
  if (title?.trim()) return title.trim();
  const first = problem.split('\n').find((l) => l.trim()) ?? 'Untitled problem';
  const plain = first.replace(/^#+\s*|\*\*|__/g, '').trim();
  // Never cut a formula in half: it would show as raw LaTeX in every list.
  return truncateTex(plain, 120);
}

export async function createSession(input: { problem: string; title?: string }): Promise<string> {
  const now = Date.now();
  const id = newId();
  getDb()
    .insert(sessions)
    .values({
      id,
      problem: input.problem,
      title: input.title?.trim() || null,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return id;
}

export async function getSession(id: string): Promise<SessionRow | undefined> {
  return getDb().select().from(sessions).where(eq(sessions.id, id)).get();
}

export async function updateSession(
  id: string,
  patch: { problem?: string; title?: string },
): Promise<void> {
  // A person's edit of the problem or title: durable once acknowledged.
  await durableWrite('hand edit', (tx) =>
    tx
      .update(sessions)
      .set({ ...patch, updatedAt: Date.now() })
      .where(eq(sessions.id, id))
      .run(),
  );
}
