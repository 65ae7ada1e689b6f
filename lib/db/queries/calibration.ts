import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { CalibrationPoint } from '@/lib/schemas';
import { conn } from '../conn';
import { deriveTitle } from './sessions';
import { verificationsForRounds } from './verification-read';

/**
 * One point per session with a human grade whose graded round has a verifier score: the
 * mean of that round's latest verification's answered samples (with their count and range),
 * or, with no samples stored, the round's imported mean (DeepSeekMath-V2's
 * `average_automatic_rating`, sample count unknown).
 */
export async function listCalibrationPoints(): Promise<CalibrationPoint[]> {
  const { db, t } = await conn();
  const rows = await db
    .select({
      sessionId: t.grades.sessionId,
      points: t.grades.points,
      maxPoints: t.grades.maxPoints,
      roundId: t.rounds.id,
      roundScore: t.rounds.score,
      title: t.sessions.title,
      problem: t.sessions.problem,
    })
    .from(t.grades)
    .innerJoin(t.sessions, eq(t.sessions.id, t.grades.sessionId))
    .innerJoin(t.rounds, eq(t.rounds.id, t.grades.roundId))
    .leftJoin(t.importedSessions, eq(t.importedSessions.sessionId, t.sessions.id))
    .where(and(eq(t.grades.kind, 'human')))
    // Sessions created in the same millisecond (a bulk import stores several per ms) keep
    // their import order: the record's line in its file (both backends have it; no rowid).
    .orderBy(asc(t.sessions.createdAt), asc(t.importedSessions.line), asc(t.sessions.id));
  const verifications = await verificationsForRounds(rows.map((r) => r.roundId));
  const byRound = new Map(verifications.map((v) => [v.verification.roundId, v]));
  const out: CalibrationPoint[] = [];
  for (const r of rows) {
    const scores = (byRound.get(r.roundId)?.samples ?? [])
      .filter((s) => s.status === 'succeeded' && s.score !== null)
      .map((s) => s.score as number);
    const base = {
      sessionId: r.sessionId,
      title: deriveTitle(r.problem, r.title),
      humanPoints: r.points,
      maxPoints: r.maxPoints,
    };
    if (scores.length) {
      out.push({
        ...base,
        verifierMean: scores.reduce((a, b) => a + b, 0) / scores.length,
        samples: scores.length,
        spread: { min: Math.min(...scores), max: Math.max(...scores) },
      });
    } else if (r.roundScore !== null) {
      out.push({ ...base, verifierMean: r.roundScore, samples: null, spread: null });
    }
  }
  return out;
}
