import 'server-only';
import {
  createSession,
  deleteSessionRows,
  deriveTitle,
  getSession,
  getSessionGrade,
  listRounds,
  listSessionRuns,
  readRoundCheckStats,
  sessionRunPrompts,
  updateSession,
} from '@/lib/db';
import { AppError, notFound, tooLarge } from '@/lib/errors';
import { checkImportedRoundsOf } from '@/lib/findings/import-checks';
import { activeRunForSession, sessionActiveRunId } from '@/lib/runs';
import {
  byteLength,
  type CreateSessionInput,
  MAX_PROBLEM_BYTES,
  type SessionDetail,
  TERMINAL_STATUSES,
  type UpdateSessionInput,
} from '@/lib/schemas';
import { withVerifications } from '@/lib/verification/with-verifications';

function checkProblemSize(problem: string | undefined) {
  if (problem !== undefined && byteLength(problem) > MAX_PROBLEM_BYTES) {
    throw tooLarge(MAX_PROBLEM_BYTES, 'The problem');
  }
}

export async function createSessionFromInput(input: CreateSessionInput): Promise<string> {
  checkProblemSize(input.problem);
  return createSession(input);
}

export async function sessionDetail(id: string): Promise<SessionDetail> {
  const session = await getSession(id);
  if (!session) throw notFound('Session');
  const [listed, runs, grade, prompts] = await Promise.all([
    listRounds(id),
    listSessionRuns(id, 50),
    getSessionGrade(id),
    sessionRunPrompts(id),
  ]);
  // An imported proof the background checker has not reached yet is checked now (its
  // findings are then read again, with the checker's).
  const rounds = (await checkImportedRoundsOf(listed)) ? await listRounds(id) : listed;
  const checks = await readRoundCheckStats(rounds.map((r) => r.id));
  return withVerifications({
    id: session.id,
    title: deriveTitle(session.problem, session.title),
    problem: session.problem,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    rounds: rounds.map((r) => {
      return { ...r, check: checks.get(r.id) ?? null };
    }),
    // Runs without their (possibly huge) text: the page streams that from /events.
    runs: runs.map(({ text: _t, reasoning: _r, ...rest }) => ({
      ...rest,
      prompts: prompts.get(rest.id) ?? [],
    })),
    activeRunId: sessionActiveRunId(id, runs),
    grade,
  });
}

export async function editSession(id: string, patch: UpdateSessionInput): Promise<void> {
  if (!(await getSession(id))) throw notFound('Session');
  checkProblemSize(patch.problem);
  await updateSession(id, patch);
}

export { editRoundProof } from './edit-round';
export { writeRoundByHand } from './write-round';

/**
 * Deletes a session with everything in it (see deleteSessionRows). Refused while one of its
 * runs is queued or running: its next write would land in a session that no longer exists.
 */
export async function deleteSession(id: string): Promise<void> {
  if (!(await getSession(id))) throw notFound('Session');
  const runs = await listSessionRuns(id, 1000);
  if (activeRunForSession(id) || runs.some((r) => !TERMINAL_STATUSES.includes(r.status))) {
    throw new AppError('conflict', 'A run of this session is still going: stop it, then delete.');
  }
  await deleteSessionRows(id);
}
