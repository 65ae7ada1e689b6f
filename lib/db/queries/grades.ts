import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { GradeAwards, SessionGrade } from '@/lib/schemas';
import { conn } from '../conn';
import { durableTransaction } from '../transaction';
import { deriveTitle } from './sessions';

export type GradeKind = 'auto' | 'human';

export type GradeWrite = {
  points: number;
  text: string;
  roundId: string | null;
  runId: string | null;
  /** 7 unless the grade is on another contest's scale (Putnam's 10). */
  maxPoints?: number;
  /** Checkpoint awards, when graded against a rubric. */
  awards?: GradeAwards | null;
};

async function upsertGrade(sessionId: string, kind: GradeKind, g: GradeWrite) {
  const { db, t } = await conn();
  const now = Date.now();
  const values = { ...g, maxPoints: g.maxPoints ?? 7, awards: g.awards ?? null };
  await db
    .insert(t.grades)
    .values({ sessionId, kind, ...values, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [t.grades.sessionId, t.grades.kind],
      set: { ...values, updatedAt: now },
    });
}

/** Sets a session's automatic or human grade; the other kind is never touched. */
export async function setGrade(
  sessionId: string,
  kind: GradeKind,
  grade: GradeWrite,
): Promise<void> {
  // A grade survives power loss once acknowledged, like a finding's decision.
  await durableTransaction('grade', () => upsertGrade(sessionId, kind, grade));
}

export async function clearGrade(sessionId: string, kind: GradeKind): Promise<void> {
  await durableTransaction('grade', async (tx) => {
    const { t } = await conn();
    await tx
      .delete(t.grades)
      .where(and(eq(t.grades.sessionId, sessionId), eq(t.grades.kind, kind)));
  });
}

export async function getSessionGrade(sessionId: string): Promise<SessionGrade> {
  const { db, t } = await conn();
  const rows = await db.select().from(t.grades).where(eq(t.grades.sessionId, sessionId));
  const auto = rows.find((r) => r.kind === 'auto');
  const human = rows.find((r) => r.kind === 'human');
  return {
    auto: auto
      ? {
          points: auto.points,
          maxPoints: auto.maxPoints,
          awards: (auto.awards as GradeAwards | null) ?? null,
          reasons: auto.text,
          roundId: auto.roundId,
          runId: auto.runId,
          updatedAt: auto.updatedAt,
        }
      : null,
    human: human
      ? {
          points: human.points,
          maxPoints: human.maxPoints,
          awards: (human.awards as GradeAwards | null) ?? null,
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
  /** The library problem the session was started from (its rubric's key). */
  problemId: string | null;
  source: string;
  auto: GradedEntry | null;
  human: GradedEntry | null;
};

type GradedEntry = {
  points: number;
  maxPoints: number;
  text: string;
  awards: GradeAwards | null;
};

/**
 * Every session with at least one grade, oldest first (the order a set was graded in);
 * with `batch`, only the sessions of that web import.
 */
export async function listGradedSessions(batch?: string): Promise<GradedSession[]> {
  const { db, t } = await conn();
  const rows = await db
    .select({
      sessionId: t.grades.sessionId,
      kind: t.grades.kind,
      points: t.grades.points,
      maxPoints: t.grades.maxPoints,
      awards: t.grades.awards,
      text: t.grades.text,
      problemId: t.sessionReferences.problemId,
      title: t.sessions.title,
      problem: t.sessions.problem,
      createdAt: t.sessions.createdAt,
      source: sql<string>`coalesce(${t.sessionReferences.source}, '')`,
      problemKey: t.problems.key,
    })
    .from(t.grades)
    .innerJoin(t.sessions, eq(t.sessions.id, t.grades.sessionId))
    .leftJoin(t.sessionReferences, eq(t.sessionReferences.sessionId, t.grades.sessionId))
    .leftJoin(t.problems, eq(t.problems.id, t.sessionReferences.problemId))
    .leftJoin(t.importedSessions, eq(t.importedSessions.sessionId, t.grades.sessionId))
    .where(batch ? eq(t.importedSessions.batchId, batch) : undefined)
    .orderBy(asc(t.sessions.createdAt), asc(t.grades.sessionId));
  const bySession = new Map<string, GradedSession>();
  for (const r of rows) {
    let entry = bySession.get(r.sessionId);
    if (!entry) {
      entry = {
        sessionId: r.sessionId,
        title: deriveTitle(r.problem, r.title),
        problemKey: r.problemKey ?? null,
        problemId: r.problemId ?? null,
        source: r.source,
        auto: null,
        human: null,
      };
      bySession.set(r.sessionId, entry);
    }
    entry[r.kind as GradeKind] = {
      points: r.points,
      maxPoints: r.maxPoints,
      text: r.text,
      awards: (r.awards as GradeAwards | null) ?? null,
    };
  }
  return [...bySession.values()];
}
