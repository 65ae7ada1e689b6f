import 'server-only';
import { endpointConcurrency } from '@/lib/model/limiter';
import { activeRun } from './registry';

/** Requests of each run now waiting for a slot of their endpoint's concurrency limit. */
const waiting = new Map<string, number>();

/**
 * A request of run `runId` started (+1) or stopped (−1) waiting for a free slot of its model
 * endpoint. The person watching is told how many of the run's requests wait, so a draft held
 * back by a class's other drafts (or eight samples behind a limit of four) reads as waiting
 * for the model server, not as stuck.
 */
export function slotWaitChanged(runId: string, delta: 1 | -1): void {
  const n = Math.max(0, (waiting.get(runId) ?? 0) + delta);
  if (n) waiting.set(runId, n);
  else waiting.delete(runId);
  activeRun(runId)?.emit({ type: 'slots', waiting: n, limit: endpointConcurrency() });
}
