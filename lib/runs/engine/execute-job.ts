import 'server-only';
import { releaseLease } from '@/lib/db';
import type { RunEnd, RunStatus, StoredDraft } from '@/lib/schemas';
import { instanceId, sharedDeployment } from '../instances/instance';
import type { ActiveRun } from './active-run';
import { setLiveProgress } from './live-progress';
import { releaseRun } from './registry';
import type { RunContext } from './run-context';
import { writeFailureMessage } from './write-failure';

/** How a job ended: why (`end`, which the UI styles: only a pass is green) and in words. */
export type JobOutcome = { end: RunEnd; text: string };

export const ended = (end: RunEnd, text: string): JobOutcome => ({ end, text });

/** A single request's end: no outcome to show, but its finish reason is worth keeping. */
export type JobResult = {
  outcome: JobOutcome | null;
  finishReason?: string | null;
  /** A draft run's stored proof, sent with the run's last event (see RunEvent). */
  draft?: StoredDraft;
};

/**
 * A run's work: one model request or many. Returns how it ended (shown as the run's
 * outcome). Throwing ends the run `failed` with the error's message.
 */
export type Job = (run: RunContext) => Promise<JobOutcome | JobResult | null>;

function asResult(out: JobOutcome | JobResult | null): JobResult {
  if (out === null) return { outcome: null };
  return 'end' in out ? { outcome: out } : out;
}

/** A job's failure that keeps its last request's finish reason ("length" for a cut answer). */
export class JobFailure extends Error {
  constructor(
    message: string,
    readonly finishReason: string | null,
  ) {
    super(message);
  }
}

/**
 * Runs a job as one run: status events around it, its summed token usage at the end, and
 * the registry bookkeeping. A Stop aborts every request in flight; what finished before is
 * kept. If the database refused the run's writes, it ends `failed` saying why, and the
 * session's slot is freed either way.
 */
export async function executeJob(run: RunContext, job: Job): Promise<void> {
  try {
    await runJob(run, job);
  } finally {
    setLiveProgress(run.runId, null);
    run.dispose();
    releaseRun(run.active.run);
    run.active.dispose();
    // After the registry let go, so a renewal in between never finds a local run unleased.
    if (sharedDeployment()) {
      await releaseLease(run.runId, instanceId()).catch((err) =>
        console.error('[proofdesk] could not release a run lease', err),
      );
    }
  }
}

function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function runJob(run: RunContext, job: Job): Promise<void> {
  const active: ActiveRun = run.active;
  active.emit({ type: 'status', status: 'running' });
  // A failure is kept in `active.writeFailure` and aborts the run: handled below.
  await active.persist({ status: 'running', patch: { startedAt: Date.now() } }).catch(() => {});
  let status: RunStatus = 'succeeded';
  let error: string | null = null;
  let result: JobResult = { outcome: null };
  try {
    result = asResult(await job(run));
    if (run.signal.aborted) status = 'stopped';
  } catch (err) {
    status = run.signal.aborted ? 'stopped' : 'failed';
    error = run.signal.aborted ? null : describeError(err);
    if (err instanceof JobFailure) result = { outcome: null, finishReason: err.finishReason };
    if (!run.signal.aborted) console.error('[proofdesk] run failed:', describeError(err));
  }
  if (active.writeFailure) {
    status = 'failed';
    error = writeFailureMessage(active.writeFailure);
    result = { outcome: null };
  }
  const outcome =
    result.outcome ??
    (status === 'stopped'
      ? ended('stopped', 'Stopped; everything finished so far is kept.')
      : null);
  run.finish(outcome?.text ?? error, outcome?.end ?? null);
  const finishReason = result.finishReason ?? null;
  const draft = result.draft;
  active.emit({ type: 'usage', usage: run.usage() });
  await active.emitStored(
    {
      type: 'status',
      status,
      error,
      ...(finishReason ? { finishReason } : {}),
      ...(draft ? { draft } : {}),
    },
    () =>
      active.persistLast({
        status,
        patch: { error, usage: run.usage(), finishedAt: Date.now(), finishReason },
      }),
  );
}
