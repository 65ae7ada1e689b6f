import 'server-only';
import {
  addFindings,
  completeRoundDraft,
  createRound,
  createSession,
  setGradeInImport,
  setRoundScore,
} from '@/lib/db';
import { checkRoundQuietly } from '@/lib/findings/check-round';
import type { AnalyzedRecord } from './analyze';

/**
 * Creates one session per analysed record: the proof as round 1, the findings on it, the
 * verifier's (mean) score as the round's, and a released human grade as the person's grade
 * of round 1 (so the calibration view counts the session as graded).
 */
export async function storeImportedRecord(rec: AnalyzedRecord, title?: string): Promise<string> {
  const sessionId = await createSession({ problem: rec.problem, title });
  const round = await createRound({ sessionId, origin: 'import', proof: rec.proof });
  await completeRoundDraft(round.id, {
    proof: rec.proof,
    selfEvaluation: rec.selfEvaluation,
    selfScore: rec.selfScore,
    truncated: false,
  });
  if (rec.findings.length) await addFindings(round.id, null, rec.findings);
  if (rec.score !== null) await setRoundScore(round.id, rec.score);
  await checkRoundQuietly(round.id);
  if (rec.humanGrade) {
    setGradeInImport(sessionId, 'human', {
      ...rec.humanGrade,
      text: 'Human grade released with the record (human_rating).',
      roundId: round.id,
      runId: null,
    });
  }
  return sessionId;
}
