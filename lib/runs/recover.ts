import 'server-only';
import {
  deleteEmptyRound,
  emptyRoundsOfInterrupted,
  leasesOf,
  listUnfinishedRuns,
  releaseLease,
} from '@/lib/db';
import { instanceId, sharedDeployment } from './instances/instance';
import { interruptRun } from './interrupt';

export const INTERRUPTED_BY_RESTART =
  'The server stopped while this run was in progress; the text received until then is kept.';

/**
 * At start-up, runs a crash left `queued`/`running` become `interrupted`, their persisted
 * text kept; drafts are stored in their rounds (marked truncated) so nothing is lost, and
 * rounds an autopilot was about to write (still empty) are removed. Searches resume on top
 * of this (lib/search), once their old runs are marked interrupted.
 *
 * With several instances on one database (Postgres), an unfinished run may belong to an
 * instance that is alive: only runs without a lease, or leased to this instance before it
 * restarted (its id is kept across restarts, see instanceId), are ours to end here. A leased run whose
 * instance died is taken over when its lease runs out (instances/lease-keeper.ts).
 */
export async function recoverInterruptedRuns(): Promise<number> {
  let stale = await listUnfinishedRuns();
  if (sharedDeployment()) {
    const held = new Map((await leasesOf(stale.map((r) => r.id))).map((l) => [l.runId, l]));
    stale = stale.filter((r) => (held.get(r.id)?.instance ?? instanceId()) === instanceId());
  }
  for (const run of stale) {
    await interruptRun(run, INTERRUPTED_BY_RESTART);
    if (sharedDeployment()) await releaseLease(run.id, instanceId());
  }
  await removeEmptyAutopilotRounds();
  return stale.length;
}

/** Rounds an interrupted autopilot created but never filled. */
export async function removeEmptyAutopilotRounds(): Promise<void> {
  for (const id of await emptyRoundsOfInterrupted('autopilot')) await deleteEmptyRound(id);
}
