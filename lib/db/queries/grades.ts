import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { SessionGrade } from '@/lib/schemas';
import { durableWrite, getDb } from '../client';
import { grades, importedSessions, problems, sessionReferences, sessions } from '../schema';
import { deriveTitle } from './sessions';

export type GradeKind = 'auto' | 'human';

/** Sets a session's automatic or human grade; the other kind is never touched. */
export async function setGrade(
  sessionId: string,
  kind: GradeKind,
  grade: { points: number; text: string; roundId: string | null; runId: string | null },
): Promise<void> {
  const now = Date.now();
  // A grade survives power loss once acknowledged, like a finding's decision.
  await durableWrite('grade', (tx) =>
    tx
      .insert(grades)
      .values({ sessionId, kind, ...grade, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [grades.sessionId, grades.kind],
        set: { ...grade, updatedAt: now },
      })
      .run(),
  );
}

export async function clearGrade(sessionId: string, kind: GradeKind): Promise<void> {
  await durableWrite('grade', (tx) =>
    tx
      .delete(grades)
      .where(and(eq(grades.sessionId, sessionId), eq(grades.kind, kind)))
      .run(),
  );
}

export async function getSessionGrade(sessionId: string): Promise<SessionGrade> {
  const rows = getDb().select().from(grades).where(eq(grades.sessionId, sessionId)).all();
  const auto = rows.find((r) => r.kind === 'auto');
  const human = rows.find((r) => r.kind === 'human');
  return {
    auto: auto
      ? {
          points: auto.points,
          reasons: auto.text,
          roundId: auto.roundId,
          runId: auto.runId,
          updatedAt: auto.updatedAt,
        }
      : null,
    human: human
      ? {
          points: human.points,
          rationale: human.text,
          roundId: human.roundId,
          updatedAt: human.updatedAt,
        }
      : null,
  };
}

export type GradedSession = {
  sessionId: string;
  title: string;
  problemKey: string | null;
  source: string;
  auto: { points: number; text: string } | null;
  human: { points: number; text: string } | null;
};

/**
 * Every session with at least one grade, oldest first (the order a set was graded in);
 * with `batch`, only the sessions of that web import.
 */
export async function listGradedSessions(batch?: string): Promise<GradedSession[]> {
  const db = getDb();
  const rows = db
    .select({
      sessionId: grades.sessionId,
      kind: grades.kind,
      points: grades.points,
      text: grades.text,
      title: sessions.title,
      problem: sessions.problem,
      createdAt: sessions.createdAt,
      source: sql<string>`coalesce(${sessionReferences.source}, '')`,
      problemKey: problems.key,
    })
    .from(grades)
    .innerJoin(sessions, eq(sessions.id, grades.sessionId))
    .leftJoin(sessionReferences, eq(sessionReferences.sessionId, grades.sessionId))
    .leftJoin(problems, eq(problems.id, sessionReferences.problemId))
    .leftJoin(importedSessions, eq(importedSessions.sessionId, grades.sessionId))
    .where(batch ? eq(importedSessions.batchId, batch) : undefined)
    .orderBy(asc(sessions.createdAt), asc(grades.sessionId))
    .all();
  const bySession = new Map<string, GradedSession>();
  for (const r of rows) {
    let entry = bySession.get(r.sessionId);
    if (!entry) {
      entry = {
        sessionId: r.sessionId,
        title: deriveTitle(r.problem, r.title),
        problemKey: r.problemKey ?? null,
        source: r.source,
        auto: null,
        human: null,
      };
      bySession.set(r.sessionId, entry);
    }
    entry[r.kind as GradeKind] = { points: r.points, text: r.text };
  }
  return [...bySession.values()];
}
