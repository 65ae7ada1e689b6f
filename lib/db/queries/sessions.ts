import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { truncateTex } from '@/lib/math/truncateTex';
import type { SessionSummary } from '@/lib/schemas';
import { durableWrite, getDb } from '../client';
import { newId } from '../ids';
import { rounds, sessions } from '../schema';

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

export async function touchSession(id: string): Promise<void> {
  getDb().update(sessions).set({ updatedAt: Date.now() }).where(eq(sessions.id, id)).run();
}

export async function listSessions(limit = 200): Promise<SessionSummary[]> {
  const db = getDb();
  // Last score = the verifier score of the highest-numbered verified round.
  const rows = db
    .select({
      id: sessions.id,
      title: sessions.title,
      problem: sessions.problem,
      createdAt: sessions.createdAt,
      updatedAt: sessions.updatedAt,
      rounds: sql<number>`(select count(*) from ${rounds} r where r.session_id = ${sessions.id})`,
      lastScore: sql<
        number | null
      >`(select r.score from ${rounds} r where r.session_id = ${sessions.id} and r.score is not null order by r.idx desc limit 1)`,
    })
    .from(sessions)
    .orderBy(desc(sessions.updatedAt))
    .limit(limit)
    .all();
  return rows.map((r) => ({
    id: r.id,
    title: deriveTitle(r.problem, r.title),
    lastScore: r.lastScore,
    rounds: r.rounds,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}
