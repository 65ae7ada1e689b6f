import 'server-only';
import { sharedDeployment, workContinuations } from '@/lib/runs';
import { continueRun } from './continue-run';
import { startLeaseKeeper } from './lease-keeper';

export { continueRun } from './continue-run';
export { keepLeases } from './lease-keeper';

/**
 * With several instances on one database: keep this instance's leases, take over dead
 * instances' runs, and take continuation jobs from the queue. Nothing to do on SQLite.
 */
export async function joinDeployment(): Promise<boolean> {
  if (!sharedDeployment()) return false;
  startLeaseKeeper();
  await workContinuations(continueRun);
  return true;
}
