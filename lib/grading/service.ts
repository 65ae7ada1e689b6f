import 'server-only';
import type { GradedSession } from '@/lib/db';
import {
  clearGrade,
  getSession,
  getSessionGrade,
  latestRoundRow,
  listGradedSessions,
  pageGradedSessions,
  rubricForSession,
  rubricsByProblem,
  setGrade,
} from '@/lib/db';
import { toCsv } from '@/lib/documents/csv';
import { AppError, notFound } from '@/lib/errors';
import type {
  CheckpointAgreement,
  GradeAwards,
  GradeRow,
  GradesOverview,
  GradesQuery,
  HumanGradeInput,
  SessionGrade,
} from '@/lib/schemas';
import { checkpointAgreement, gradeAgreement } from './agreement';
import { checkAwards } from './rubric-total';

/** Both grades of a session; an unknown session is a 404, not an empty grade. */
export async function sessionGrade(sessionId: string): Promise<SessionGrade> {
  if (!(await getSession(sessionId))) throw notFound('Session');
  return withRubric(sessionId);
}

/** Both grades and the rubric they were given against (when the problem has one). */
async function withRubric(sessionId: string): Promise<SessionGrade> {
  const [grade, found] = await Promise.all([
    getSessionGrade(sessionId),
    rubricForSession(sessionId),
  ]);
  return { ...grade, rubric: found?.rubric ?? null };
}

/** A person's grade of the session's latest proof; the automatic grade stays as it was. */
export async function setHumanGrade(
  sessionId: string,
  input: HumanGradeInput,
): Promise<SessionGrade> {
  if (!(await getSession(sessionId))) throw notFound('Session');
  const round = await latestRoundRow(sessionId);
  let points: number;
  let awards: GradeAwards | null = null;
  if ('checkpoints' in input) {
    const found = await rubricForSession(sessionId);
    if (!found) {
      throw new AppError(
        'bad_request',
        "This session's problem has no rubric: grade it with points out of 7 instead.",
      );
    }
    const checked = checkAwards(found.rubric, input.checkpoints, input.deductions);
    if ('errors' in checked) throw new AppError('bad_request', checked.errors.join('; '));
    points = checked.points;
    awards = { ...checked, statedPoints: null, notes: [], rubric: found.rubric };
  } else {
    points = input.points;
  }
  await setGrade(sessionId, 'human', {
    points,
    awards,
    text: input.rationale.trim(),
    roundId: round?.id ?? null,
    runId: null,
  });
  return withRubric(sessionId);
}

export async function removeHumanGrade(sessionId: string): Promise<SessionGrade> {
  if (!(await getSession(sessionId))) throw notFound('Session');
  await clearGrade(sessionId, 'human');
  return withRubric(sessionId);
}

const toRow = (g: GradedSession): GradeRow => ({
  sessionId: g.sessionId,
  title: g.title,
  problemKey: g.problemKey,
  source: g.source,
  autoPoints: g.auto?.points ?? null,
  autoReasons: g.auto?.text ?? '',
  humanPoints: g.human?.points ?? null,
  humanMaxPoints: g.human?.maxPoints ?? null,
  humanRationale: g.human?.text ?? '',
});

/** One page of graded sessions, with agreement over every graded session of the batch. */
export async function gradesOverview(query: Partial<GradesQuery> = {}): Promise<GradesOverview> {
  const [page, all] = await Promise.all([
    pageGradedSessions(query),
    listGradedSessions(query.batch),
  ]);
  return {
    rows: page.sessions.map(toRow),
    nextCursor: page.nextCursor,
    total: page.total,
    totalCapped: page.totalCapped,
    agreement: gradeAgreement(
      all.flatMap((g) =>
        g.auto && g.human ? [{ auto: g.auto.points, human: g.human.points }] : [],
      ),
    ),
    checkpoints: await checkpointsOf(all),
  };
}

/** Per checkpoint, over sessions graded by checkpoint by both the grader and a person. */
async function checkpointsOf(graded: GradedSession[]): Promise<CheckpointAgreement[]> {
  const rubrics = await rubricsByProblem();
  return checkpointAgreement(
    graded.flatMap((g) =>
      g.problemId && g.auto?.awards?.checkpoints.length && g.human?.awards
        ? [
            {
              problemId: g.problemId,
              problemLabel: g.problemKey ?? g.title,
              auto: g.auto.awards.checkpoints,
              human: g.human.awards.checkpoints,
            },
          ]
        : [],
    ),
    rubrics,
  );
}

/** Every grade, one session per row, for a spreadsheet. */
export async function gradesCsv(batch?: string): Promise<string> {
  const rows = (await listGradedSessions(batch)).map(toRow);
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
      'human_max_points',
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
      r.humanMaxPoints,
    ]),
  );
}
