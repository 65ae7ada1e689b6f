import 'server-only';
import { getRoundRow, latestRoundRow, setRunRound } from '@/lib/db';
import { AppError, notFound } from '@/lib/http/errors';
import type { ModelRole } from '@/lib/model/types';
import type { Run } from '@/lib/schemas';
import { ActiveRun } from './active-run';
import { admitRun } from './admit-run';
import { executeRun } from './execute';
import { planGenerate } from './kinds/generate';
import { planGrade } from './kinds/grade';
import { planRefine } from './kinds/refine';
import { planVerify } from './kinds/verify';
import type { RunPlan } from './plan';
import { registry } from './registry';

/** A run that is one model request (multi-step kinds go through ./pipeline). */
export type SimpleRunInput = { kind: 'generate' | 'verify' | 'refine' | 'grade'; roundId?: string };

const ROLE: Record<SimpleRunInput['kind'], ModelRole> = {
  generate: 'generator',
  refine: 'generator',
  verify: 'verifier',
  grade: 'grader',
};

async function targetRound(sessionId: string, roundId?: string) {
  const round = roundId ? await getRoundRow(roundId) : await latestRoundRow(sessionId);
  if (!round || round.sessionId !== sessionId) {
    throw roundId ? notFound('Round') : new AppError('conflict', 'Generate a draft first.');
  }
  return round;
}

async function plan(
  session: { id: string; problem: string },
  input: SimpleRunInput,
  runId: string,
): Promise<RunPlan> {
  if (input.kind === 'generate') return planGenerate(session, runId);
  const round = await targetRound(session.id, input.roundId);
  if (input.kind === 'verify') return planVerify(session, round, runId);
  if (input.kind === 'grade') return planGrade(session, round, runId);
  return planRefine(session, round, runId);
}

/**
 * Creates a run and starts it in the background; it lives on when the browser goes away.
 * One run at a time per session, so two drafts never race for the same round.
 */
export function startRun(sessionId: string, input: SimpleRunInput): Promise<Run> {
  return admitRun(
    sessionId,
    { kind: input.kind, role: ROLE[input.kind] },
    (session, runId) => plan(session, input, runId),
    async (run, runPlan) => {
      await setRunRound(run.id, runPlan.roundId);
      const active = new ActiveRun({ ...run, roundId: runPlan.roundId });
      registry().runs.set(run.id, active);
      registry().bySession.set(sessionId, run.id);
      active.emit({ type: 'status', status: 'queued' });
      setImmediate(() => {
        executeRun(active, runPlan).catch((err) => console.error('[proofdesk] run crashed', err));
      });
      return { ...run, roundId: runPlan.roundId };
    },
  );
}

/** Stop: aborts the upstream request (which is what stops vLLM/Ollama) and keeps the partial. */
export function stopRun(runId: string): boolean {
  const active = reg().runs.get(runId);
  if (!active) return false;
  active.abort.abort();
  return true;
}

const reg = registry;
