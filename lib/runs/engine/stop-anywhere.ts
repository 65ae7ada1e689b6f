import 'server-only';
import { publishRunStop, RUN_STOP_CHANNEL, runChannels } from '@/lib/db';
import { type Run, TERMINAL_STATUSES } from '@/lib/schemas';
import { stopRun } from './registry';

/**
 * Stop, wherever the run executes: here, or (on Postgres) on whichever instance hears the
 * notification and holds it. True when a stop was made or sent.
 */
export async function stopRunAnywhere(run: Run): Promise<boolean> {
  if (stopRun(run.id)) return true;
  // A run already ended has nothing to stop.
  return !TERMINAL_STATUSES.includes(run.status) && publishRunStop(run.id);
}

const key = Symbol.for('proofdesk.run-stop-listening');
type G = typeof globalThis & { [key]?: unknown };

/** At start-up on Postgres: this instance stops its runs when another asks. */
export function listenForRunStops(): void {
  const listener = runChannels();
  const g = globalThis as G;
  if (!listener || g[key] === listener) return;
  g[key] = listener;
  listener.on(RUN_STOP_CHANNEL, (runId) => stopRun(runId));
}
