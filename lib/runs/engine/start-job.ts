import 'server-only';
import { claimLease, persistRunProgress, releaseLease, setRunRound } from '@/lib/db';
import type { Run, RunKind, RunProgress } from '@/lib/schemas';
import { sendRunJob } from '../instances/boss';
import { instanceId, leaseUntil, sharedDeployment } from '../instances/instance';
import { RUN_ROLE } from '../roles';
import type { RunInput } from '../start';
import { ActiveRun } from './active-run';
import { admitRun } from './admit-run';
import { executeJob, type Job } from './execute-job';
import { announceLocalStart, registry } from './registry';
import { RunContext, type Session } from './run-context';

/** What a run will do, decided (and validated) before it is accepted. */
export type JobPlan = {
  roundId: string | null;
  job: Job;
  /**
   * Multi-step runs report `progress` events (requests done, tokens, elapsed, ETA); a run of
   * one request shows its streamed text instead, so it sends none.
   */
  progress?: Partial<RunProgress> | false;
};

export type JobStart = {
  kind: RunKind;
  params?: unknown;
  /**
   * Decides the run's work. With several instances it is called once to admit the run and
   * again by the instance that executes it, so what it writes it must write once (a draft's
   * round is the run's own: `roundForRun`).
   */
  plan: (session: Session, runId: string) => Promise<JobPlan>;
  /**
   * false: executed where it was admitted even with several instances (the bench's batch
   * search, which no other instance could rebuild). Otherwise, on Postgres, the run is a job
   * on the shared queue, executed by whichever instance takes it.
   */
  queued?: boolean;
};

/** Registers the planned run in this process and executes it in the background. */
function launchHere(run: Run, session: Session, plan: JobPlan): Run {
  const active = new ActiveRun({ ...run, roundId: plan.roundId });
  const context = new RunContext(active, session, plan.progress);
  registry().runs.set(run.id, active);
  registry().bySession.set(session.id, run.id);
  active.emit({ type: 'status', status: 'queued' });
  context.emitNow();
  announceLocalStart(run.id);
  setImmediate(() => {
    executeJob(context, plan.job).catch((err) => console.error('[proofdesk] run crashed', err));
  });
  return { ...run, roundId: plan.roundId };
}

/**
 * The one way a run starts, whatever its kind: admitted under the one-run-per-session rule,
 * registered, then executed in the background (it lives on when the browser goes away).
 * Planning errors (no proof yet, nothing to meta-verify) reach the caller as HTTP errors,
 * and the run is recorded as failed.
 */
export function startJob(sessionId: string, start: JobStart, input?: RunInput): Promise<Run> {
  return admitRun(
    sessionId,
    { kind: start.kind, role: RUN_ROLE[start.kind], params: start.params },
    (session, runId) => start.plan(session, runId),
    async (run, plan, session) => {
      if (plan.roundId) await setRunRound(run.id, plan.roundId);
      if (start.queued === false || !sharedDeployment()) return launchHere(run, session, plan);
      // Admitted here, executed by whichever instance takes the job (usually this one: the
      // send wakes this instance's worker). The database holds the session's slot now.
      if (registry().bySession.get(sessionId) === 'starting')
        registry().bySession.delete(sessionId);
      // The request travels with the job, so the executing instance builds the same job.
      await sendRunJob({ runId: run.id, input });
      return { ...run, roundId: plan.roundId };
    },
  );
}

/**
 * An instance took a queued run's job: it takes the run's lease (false when the run was
 * taken over meanwhile, because its admitting instance died: then it is not executed), plans
 * it again from what is stored, and executes it here.
 */
export async function executeQueuedRun(run: Run, session: Session, start: JobStart) {
  if (run.status !== 'queued') return false;
  if (!(await claimLease(run.id, instanceId(), leaseUntil()))) return false;
  let plan: JobPlan;
  try {
    plan = await start.plan(session, run.id);
  } catch (err) {
    // Something changed between admission and now (a round deleted): the run fails, saying why.
    await failQueuedRun(run, (err as Error).message);
    return false;
  }
  launchHere(run, session, plan);
  return true;
}

/** A queued run this instance took but cannot execute: failed, saying why, and let go. */
export async function failQueuedRun(run: Run, error: string): Promise<void> {
  await persistRunProgress({
    runId: run.id,
    events: [{ seq: 1, event: { type: 'status', status: 'failed', error } }],
    text: '',
    reasoning: '',
    status: 'failed',
    patch: { error, finishedAt: Date.now() },
  });
  await releaseLease(run.id, instanceId());
}
