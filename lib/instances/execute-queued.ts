import 'server-only';
import { getRun, getSession } from '@/lib/db';
import {
  executeQueuedRun,
  failQueuedRun,
  type JobStart,
  jobStartFor,
  type RunJob,
} from '@/lib/runs';
import { searchRunJob } from '@/lib/search';

/** A queued run's job, built again from its request (a search's, from its stored row). */
function jobOf(job: RunJob, sessionId: string): Promise<JobStart | null> {
  if (job.input) return jobStartFor(sessionId, job.input);
  return searchRunJob(job.runId);
}

/**
 * This instance took a queued run's job: it executes the run unless the run has moved on
 * (stopped or taken over while it waited), in which case the job is simply done.
 */
export async function executeQueued(job: RunJob): Promise<void> {
  const run = await getRun(job.runId, false);
  if (run?.status !== 'queued') return;
  const session = await getSession(run.sessionId);
  if (!session) return;
  let start: JobStart | null;
  try {
    start = await jobOf(job, run.sessionId);
  } catch (err) {
    start = null;
    await failQueuedRun(run, (err as Error).message);
  }
  if (start) await executeQueuedRun(run, session, start);
}
