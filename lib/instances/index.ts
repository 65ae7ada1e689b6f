import 'server-only';
import { sharedDeployment, workContinuations, workRuns } from '@/lib/runs';
import { continueRun } from './continue-run';
import { executeQueued } from './execute-queued';
import { startLeaseKeeper } from './lease-keeper';

export { continueRun } from './continue-run';
export { executeQueued } from './execute-queued';
export { keepLeases } from './lease-keeper';

/**
 * With several instances on one database: keep this instance's leases, take over dead
 * instances' runs, and take queued runs and continuations from the job queue. Nothing to do on SQLite.
 */
export async function joinDeployment(): Promise<boolean> {
  if (!sharedDeployment()) return false;
  startLeaseKeeper();
  await workRuns(executeQueued);
  await workContinuations(continueRun);
  return true;
}
