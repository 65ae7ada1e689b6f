import 'server-only';
import { ModelConfigError, roleConfig } from '@/lib/config/models';
import { createRun, getSession, persistRunProgress, setRunRound } from '@/lib/db';
import { AppError, notFound } from '@/lib/http/errors';
import type { ModelRole } from '@/lib/model/types';
import type { Run, RunKind, RunProgress } from '@/lib/schemas';
import { ActiveRun } from '../active-run';
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
export async function startPipelineRun(sessionId: string, start: PipelineStart): Promise<Run> {
  const reg = registry();
  if (reg.bySession.has(sessionId)) {
    throw new AppError(
      'conflict',
      'A run is already in progress in this session: stop it or wait for it.',
    );
  }
  reg.bySession.set(sessionId, 'starting');
  try {
    const session = await getSession(sessionId);
    if (!session) throw notFound('Session');
    let model: string;
    try {
      model = roleConfig(start.role).model;
    } catch (err) {
      if (err instanceof ModelConfigError) throw new AppError('model_not_configured', err.message);
      throw err;
    }
    const run = await createRun({
      sessionId,
      roundId: null,
      kind: start.kind,
      model,
      params: start.params,
    });
    let plan: PipelinePlan;
    try {
      plan = await start.plan(session, run.id);
    } catch (err) {
      await persistRunProgress({
        runId: run.id,
        events: [],
        text: '',
        reasoning: '',
        status: 'failed',
        patch: { error: (err as Error).message, finishedAt: Date.now() },
      });
      throw err;
    }
    if (plan.roundId) await setRunRound(run.id, plan.roundId);
    const active = new ActiveRun({ ...run, roundId: plan.roundId });
    const pipeline = new PipelineRun(active, session, plan.progress);
    reg.runs.set(run.id, active);
    reg.bySession.set(sessionId, run.id);
    active.emit({ type: 'status', status: 'queued' });
    pipeline.emitNow();
    setImmediate(() => {
      executePipeline(pipeline, plan.job).catch((err) =>
        console.error('[proofdesk] pipeline run crashed', err),
      );
    });
    return { ...run, roundId: plan.roundId };
  } catch (err) {
    if (reg.bySession.get(sessionId) === 'starting') reg.bySession.delete(sessionId);
    throw err;
  }
}
