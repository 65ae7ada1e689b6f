import 'server-only';
import { lastRunSeq, sharedByInstances } from '@/lib/db';
import { type Run, TERMINAL_STATUSES } from '@/lib/schemas';
import { activeRun } from './registry';

/**
 * Whether a reader who has every event up to `afterSeq` will get nothing more (the events
 * route then answers 204, which tells EventSource to stop reconnecting). A run executing here
 * may still emit; on Postgres so may one not yet ended, wherever it executes.
 */
export async function nothingMoreToStream(
  run: Pick<Run, 'id' | 'status'>,
  afterSeq: number,
): Promise<boolean> {
  if (activeRun(run.id)) return false;
  if (sharedByInstances() && !TERMINAL_STATUSES.includes(run.status)) return false;
  return afterSeq >= (await lastRunSeq(run.id));
}
