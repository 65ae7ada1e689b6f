import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { GradeAwards, SessionGrade } from '@/lib/schemas';
import { type Db, durableWrite, fullSyncTransaction, getDb } from '../client';
import { grades, importedSessions, problems, sessionReferences, sessions } from '../schema';
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

function upsertGrade(tx: Db, sessionId: string, kind: GradeKind, g: GradeWrite) {
  const now = Date.now();
  const values = { ...g, maxPoints: g.maxPoints ?? 7, awards: g.awards ?? null };
  tx.insert(grades)
    .values({ sessionId, kind, ...values, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [grades.sessionId, grades.kind],
      set: { ...values, updatedAt: now },
    })
    .run();
}

/** Sets a session's automatic or human grade; the other kind is never touched. */
export async function setGrade(
  sessionId: string,
  kind: GradeKind,
  grade: GradeWrite,
): Promise<void> {
  // A grade survives power loss once acknowledged, like a finding's decision.
  await durableWrite('grade', (tx) => upsertGrade(tx, sessionId, kind, grade));
}

/** The same inside a bulk import (it commits with the import's transaction). */
export function setGradeInImport(sessionId: string, kind: GradeKind, grade: GradeWrite): void {
  fullSyncTransaction('grade', (tx) => upsertGrade(tx, sessionId, kind, grade));
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
  const db = getDb();
  const rows = db
    .select({
      sessionId: grades.sessionId,
      kind: grades.kind,
      points: grades.points,
      maxPoints: grades.maxPoints,
      awards: grades.awards,
      text: grades.text,
      problemId: sessionReferences.problemId,
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
