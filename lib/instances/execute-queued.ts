import 'server-only';
import { getRun, getRunParams, getSession } from '@/lib/db';
import { autopilotJobStart, executeQueuedRun, type JobStart, type RunJob } from '@/lib/runs';
import type { AutopilotInput, Run } from '@/lib/schemas';
import { searchRunJob } from '@/lib/search';

/** A queued run's job, rebuilt from what its admission stored. */
async function jobOf(run: Run): Promise<JobStart | null> {
  if (run.kind === 'autopilot') {
    return autopilotJobStart(run.sessionId, (await getRunParams(run.id)) as AutopilotInput);
  }
  if (run.kind === 'search') return searchRunJob(run.id);
  return null;
}

/**
 * This instance took a queued run's job: it executes the run unless the run has moved on
 * (stopped or taken over while it waited), in which case the job is simply done.
 */
export async function executeQueued(job: RunJob): Promise<void> {
  const run = await getRun(job.runId, false);
  if (run?.status !== 'queued') return;
  const session = await getSession(run.sessionId);
  const start = await jobOf(run);
  if (!session || !start) return;
  await executeQueuedRun(run, session, start);
}
