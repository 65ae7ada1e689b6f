import 'server-only';
import { setRunRound } from '@/lib/db';
import type { ModelRole } from '@/lib/model/types';
import type { Run, RunKind, RunProgress } from '@/lib/schemas';
import { ActiveRun } from '../active-run';
import { admitRun } from '../admit-run';
import { registry } from '../registry';
import { executePipeline, type PipelineJob } from './execute';
import { PipelineRun, type Session } from './pipeline-run';

/** What a multi-step run will do, decided (and validated) before it is accepted. */
export type PipelinePlan = {
  roundId: string | null;
  job: PipelineJob;
  progress?: Partial<RunProgress>;
};

export type PipelineStart = {
  kind: RunKind;
  /** The role whose model the run is listed under (and must be configured). */
  role: ModelRole;
  params: unknown;
  plan: (session: Session, runId: string) => Promise<PipelinePlan>;
};

/**
 * Creates a multi-step run and starts it in the background, under the same one-run-per-
 * session rule as single requests. Planning errors (no proof yet, nothing to meta-verify)
 * reach the caller as HTTP errors, and the run is recorded as failed.
 */
export function startPipelineRun(sessionId: string, start: PipelineStart): Promise<Run> {
  return admitRun(
    sessionId,
    { kind: start.kind, role: start.role, params: start.params },
    (session, runId) => start.plan(session, runId),
    async (run, plan, session) => {
      if (plan.roundId) await setRunRound(run.id, plan.roundId);
      const active = new ActiveRun({ ...run, roundId: plan.roundId });
      const pipeline = new PipelineRun(active, session, plan.progress);
      registry().runs.set(run.id, active);
      registry().bySession.set(sessionId, run.id);
      active.emit({ type: 'status', status: 'queued' });
      pipeline.emitNow();
      setImmediate(() => {
        executePipeline(pipeline, plan.job).catch((err) =>
          console.error('[proofdesk] pipeline run crashed', err),
        );
      });
      return { ...run, roundId: plan.roundId };
    },
  );
}
