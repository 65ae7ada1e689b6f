import 'server-only';
import { getRoundRow, latestRoundRow, runRound } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { JobStart } from '../engine/start-job';
import type { RunPlan } from '../plan';
import { planGenerate } from './generate';
import { planGrade } from './grade';
import { planRefine } from './refine';
import { singleRequestJob } from './single-request';

export type SingleRequestKind = 'generate' | 'refine' | 'grade';

async function targetRound(sessionId: string, roundId?: string) {
  const round = roundId ? await getRoundRow(roundId) : await latestRoundRow(sessionId);
  if (!round || round.sessionId !== sessionId) {
    throw roundId ? notFound('Round') : new AppError('conflict', 'Generate a draft first.');
  }
  return round;
}

async function plan(
  session: { id: string; problem: string },
  kind: SingleRequestKind,
  roundId: string | undefined,
  runId: string,
): Promise<RunPlan> {
  if (kind === 'generate') return planGenerate(session, runId);
  // Planned again by the instance that executes it, a refinement's own round already exists
  // and is the session's latest: the round to refine is the one the first plan chose.
  const chosen = roundId ?? (await runRound(session.id, runId))?.parentRoundId ?? undefined;
  const round = await targetRound(session.id, chosen);
  if (kind === 'grade') return planGrade(session, round, runId);
  return planRefine(session, round, runId);
}

/** Generate, refine or grade: one model request whose answer streams into the run's text. */
export function singleRequestJobStart(
  _sessionId: string,
  input: { kind: SingleRequestKind; roundId?: string },
): JobStart {
  return {
    kind: input.kind,
    plan: async (session, runId) => {
      const planned = await plan(session, input.kind, input.roundId, runId);
      return {
        roundId: planned.roundId,
        progress: false,
        job: singleRequestJob(input.kind, planned),
      };
    },
  };
}
