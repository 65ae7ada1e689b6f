import 'server-only';
import {
  deleteEmptyRound,
  emptyRoundsOfInterrupted,
  leasedRunIds,
  listUnfinishedRuns,
} from '@/lib/db';
import { sharedDeployment } from './instances/instance';
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
 * instance that is alive: only runs without a lease are ours to end here. A leased run whose
 * instance died is taken over when its lease runs out (instances/lease-keeper.ts).
 */
export async function recoverInterruptedRuns(): Promise<number> {
  let stale = await listUnfinishedRuns();
  if (sharedDeployment()) {
    const leased = new Set(await leasedRunIds(stale.map((r) => r.id)));
    stale = stale.filter((r) => !leased.has(r.id));
  }
  for (const run of stale) await interruptRun(run, INTERRUPTED_BY_RESTART);
  await removeEmptyAutopilotRounds();
  return stale.length;
}

/** Rounds an interrupted autopilot created but never filled. */
export async function removeEmptyAutopilotRounds(): Promise<void> {
  for (const id of await emptyRoundsOfInterrupted('autopilot')) await deleteEmptyRound(id);
}
