import 'server-only';
import { setRunRound } from '@/lib/db';
import type { Run, RunKind, RunProgress } from '@/lib/schemas';
import { RUN_ROLE } from '../roles';
import { ActiveRun } from './active-run';
import { admitRun } from './admit-run';
import { executeJob, type Job } from './execute-job';
import { registry } from './registry';
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
  plan: (session: Session, runId: string) => Promise<JobPlan>;
};

/**
 * The one way a run starts, whatever its kind: admitted under the one-run-per-session rule,
 * registered, then executed in the background (it lives on when the browser goes away).
 * Planning errors (no proof yet, nothing to meta-verify) reach the caller as HTTP errors,
 * and the run is recorded as failed.
 */
export function startJob(sessionId: string, start: JobStart): Promise<Run> {
  return admitRun(
    sessionId,
    { kind: start.kind, role: RUN_ROLE[start.kind], params: start.params },
    (session, runId) => start.plan(session, runId),
    async (run, plan, session) => {
      if (plan.roundId) await setRunRound(run.id, plan.roundId);
      const active = new ActiveRun({ ...run, roundId: plan.roundId });
      const context = new RunContext(active, session, plan.progress);
      registry().runs.set(run.id, active);
      registry().bySession.set(sessionId, run.id);
      active.emit({ type: 'status', status: 'queued' });
      context.emitNow();
      setImmediate(() => {
        executeJob(context, plan.job).catch((err) => console.error('[proofdesk] run crashed', err));
      });
      return { ...run, roundId: plan.roundId };
    },
  );
}
