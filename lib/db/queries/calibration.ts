import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { CalibrationPoint } from '@/lib/schemas';
import { getDb } from '../client';
import { grades, rounds, sessions } from '../schema';
import { deriveTitle } from './sessions';
import { verificationsForRounds } from './verification-read';

/**
 * One point per session with a human grade whose graded round has a verifier score: the
 * mean of that round's latest verification's answered samples (with their count and range),
 * or, with no samples stored, the round's imported mean (DeepSeekMath-V2's
 * `average_automatic_rating`, sample count unknown).
 */
export async function listCalibrationPoints(): Promise<CalibrationPoint[]> {
  const rows = getDb()
    .select({
      sessionId: grades.sessionId,
      points: grades.points,
      maxPoints: grades.maxPoints,
      roundId: rounds.id,
      roundScore: rounds.score,
      title: sessions.title,
      problem: sessions.problem,
    })
    .from(grades)
    .innerJoin(sessions, eq(sessions.id, grades.sessionId))
    .innerJoin(rounds, eq(rounds.id, grades.roundId))
    .where(and(eq(grades.kind, 'human')))
    // Sessions created in the same millisecond (a bulk import stores several per ms) keep
    // their creation order: the rowid.
    .orderBy(asc(sessions.createdAt), sql`${sessions}.rowid`)
    .all();
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
