import 'server-only';
import type { RunEnd, RunStatus } from '@/lib/schemas';
import type { ActiveRun } from '../active-run';
import { releaseRun } from '../registry';
import { writeFailureMessage } from '../write-failure';
import { setLiveProgress } from './live-progress';
import type { PipelineRun } from './pipeline-run';

/** How a multi-step job ended: why (`end`, styled by the UI) and in words (`text`). */
export type JobOutcome = { end: RunEnd; text: string };

export const ended = (end: RunEnd, text: string): JobOutcome => ({ end, text });

/** A multi-step job: returns how it ended (shown as the run's outcome). */
export type PipelineJob = (run: PipelineRun) => Promise<JobOutcome>;

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
  let outcome: JobOutcome | null = null;
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
  if (!outcome && status === 'stopped')
    outcome = ended('stopped', 'Stopped; everything finished so far is kept.');
  run.finish(outcome?.text ?? error, outcome?.end ?? null);
  const usage = {
    promptTokens: run.tokens.prompt,
    completionTokens: run.tokens.completion,
    reasoningTokens: run.tokens.reasoning,
  };
  active.emit({ type: 'usage', usage });
  active.emit({ type: 'status', status, error });
  await active.persistLast({ status, patch: { error, usage, finishedAt: Date.now() } });
}
