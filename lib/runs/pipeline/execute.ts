import 'server-only';
import type { RunStatus } from '@/lib/schemas';
import type { ActiveRun } from '../active-run';
import { releaseRun } from '../registry';
import { writeFailureMessage } from '../write-failure';
import { setLiveProgress } from './live-progress';
import type { PipelineRun } from './pipeline-run';

/** A multi-step job: returns how it ended, in words (shown as the run's outcome). */
export type PipelineJob = (run: PipelineRun) => Promise<string | null>;

/**
 * Runs a multi-step job as one run: status events around it, its summed token usage at
 * the end, and the same registry bookkeeping as a single-request run. A Stop aborts every
 * request in flight; what finished before is kept.
 */
export async function executePipeline(run: PipelineRun, job: PipelineJob): Promise<void> {
  try {
    await executeJob(run, job);
  } finally {
    setLiveProgress(run.runId, null);
    run.dispose();
    releaseRun(run.active.run);
    run.active.dispose();
  }
}

async function executeJob(run: PipelineRun, job: PipelineJob): Promise<void> {
  const active: ActiveRun = run.active;
  active.emit({ type: 'status', status: 'running' });
  // A failure is kept in `active.writeFailure` and aborts the run: handled below.
  await active.persist({ status: 'running', patch: { startedAt: Date.now() } }).catch(() => {});
  let status: RunStatus = 'succeeded';
  let error: string | null = null;
  let outcome: string | null = null;
  try {
    outcome = await job(run);
    if (run.signal.aborted) status = 'stopped';
  } catch (err) {
    status = run.signal.aborted ? 'stopped' : 'failed';
    error = run.signal.aborted ? null : err instanceof Error ? err.message : String(err);
    if (!run.signal.aborted) console.error('[proofdesk] pipeline run failed', err);
  }
  if (active.writeFailure) {
    status = 'failed';
    error = writeFailureMessage(active.writeFailure);
    outcome = null;
  }
  run.finish(
    outcome ?? (status === 'stopped' ? 'Stopped; everything finished so far is kept.' : error),
  );
  const usage = {
    promptTokens: run.tokens.prompt,
    completionTokens: run.tokens.completion,
    reasoningTokens: run.tokens.reasoning,
  };
  active.emit({ type: 'usage', usage });
  active.emit({ type: 'status', status, error });
  await active.persistLast({ status, patch: { error, usage, finishedAt: Date.now() } });
}
