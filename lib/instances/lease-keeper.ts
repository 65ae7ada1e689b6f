import 'server-only';
import { renewLeases, takeExpiredLeases } from '@/lib/db';
import { instanceId, leaseUntil, localRunIds, RENEW_MS, stopRun } from '@/lib/runs';
import { takeOver } from './take-over';

/**
 * Every RENEW_MS: extend this instance's leases, stop any local run whose lease is gone
 * (another instance took it over while this one stalled: two executors would write the same
 * run), and take over the runs of instances whose leases ran out.
 */
export async function keepLeases(): Promise<void> {
  const held = new Set(await renewLeases(instanceId(), leaseUntil()));
  for (const runId of localRunIds()) {
    if (held.has(runId)) continue;
    console.error(`[proofdesk] run ${runId} lost its lease to another instance; stopping it here`);
    stopRun(runId);
  }
  for (const lease of await takeExpiredLeases(Date.now())) {
    await takeOver(lease).catch((err) =>
      console.error(`[proofdesk] could not take over run ${lease.runId}:`, err),
    );
  }
}

export function startLeaseKeeper(): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    keepLeases()
      .catch((err) => console.error('[proofdesk] lease renewal failed:', err.message))
      .finally(() => {
        busy = false;
      });
  }, RENEW_MS);
  timer.unref();
  return () => clearInterval(timer);
}
