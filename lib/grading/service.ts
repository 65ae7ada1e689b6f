import 'server-only';
import {
  clearGrade,
  getSession,
  getSessionGrade,
  latestRoundRow,
  listGradedSessions,
  setGrade,
} from '@/lib/db';
import { toCsv } from '@/lib/documents/csv';
import { notFound } from '@/lib/errors';
import type { Agreement, GradeRow, HumanGradeInput, SessionGrade } from '@/lib/schemas';
import { gradeAgreement } from './agreement';

/** Both grades of a session; an unknown session is a 404, not an empty grade. */
export async function sessionGrade(sessionId: string): Promise<SessionGrade> {
  if (!(await getSession(sessionId))) throw notFound('Session');
  return getSessionGrade(sessionId);
}

/** A person's grade of the session's latest proof; the automatic grade stays as it was. */
export async function setHumanGrade(
  sessionId: string,
  input: HumanGradeInput,
): Promise<SessionGrade> {
  if (!(await getSession(sessionId))) throw notFound('Session');
  const round = await latestRoundRow(sessionId);
  await setGrade(sessionId, 'human', {
    points: input.points,
    text: input.rationale.trim(),
    roundId: round?.id ?? null,
    runId: null,
  });
  return getSessionGrade(sessionId);
}

export async function removeHumanGrade(sessionId: string): Promise<SessionGrade> {
  if (!(await getSession(sessionId))) throw notFound('Session');
  await clearGrade(sessionId, 'human');
  return getSessionGrade(sessionId);
}

export async function gradesOverview(
  batch?: string,
): Promise<{ rows: GradeRow[]; agreement: Agreement }> {
  const graded = await listGradedSessions(batch);
  const rows = graded.map((g) => ({
    sessionId: g.sessionId,
    title: g.title,
    problemKey: g.problemKey,
    source: g.source,
    autoPoints: g.auto?.points ?? null,
    autoReasons: g.auto?.text ?? '',
    humanPoints: g.human?.points ?? null,
    humanRationale: g.human?.text ?? '',
  }));
  const pairs = rows.flatMap((r) =>
    r.autoPoints !== null && r.humanPoints !== null
      ? [{ auto: r.autoPoints, human: r.humanPoints }]
      : [],
  );
  return { rows, agreement: gradeAgreement(pairs) };
}

/** Every grade, one session per row, for a spreadsheet. */
export async function gradesCsv(batch?: string): Promise<string> {
  const { rows } = await gradesOverview(batch);
  return toCsv(
    [
      'session_id',
      'title',
      'problem_id',
      'source',
      'auto_points',
      'human_points',
      'difference',
      'auto_reasons',
      'human_rationale',
    ],
    rows.map((r) => [
      r.sessionId,
      r.title,
      r.problemKey ?? '',
      r.source,
      r.autoPoints,
      r.humanPoints,
      r.autoPoints !== null && r.humanPoints !== null ? r.autoPoints - r.humanPoints : null,
      r.autoReasons,
      r.humanRationale,
    ]),
  );
}
