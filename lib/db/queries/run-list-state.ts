import 'server-only';
import { and, desc, eq, gt, like } from 'drizzle-orm';
import {
  endOfProgress,
  endOfProgressEvent,
  type RunListState,
  runListState,
} from '@/lib/run-list-state';
import { conn } from '../conn';
import { first } from '../rows';
import type { ProgressBatch } from './run-events-types';
import { lastRunSeq } from './runs';

/** How many events before a run's end its last progress event may be (progress, usage, status). */
const END_WINDOW = 8;

/**
 * The state a batch with a status gives its run in home's filter (`runs.list_state`). A
 * succeeded run's depends on why it ended, which its last progress event says: in this batch,
 * or among the few stored just before it (a bounded look: a long single request has
 * thousands of events and no progress at all).
 */
export async function batchListState(input: ProgressBatch): Promise<RunListState | undefined> {
  if (!input.status) return undefined;
  if (input.status !== 'succeeded') return runListState(input.status, null);
  const inBatch = input.events.findLast((e) => e.event.type === 'progress')?.event;
  if (inBatch?.type === 'progress')
    return runListState('succeeded', endOfProgress(inBatch.progress));
  const firstSeq = input.events[0]?.seq ?? (await lastRunSeq(input.runId)) + 1;
  const { db, t } = await conn();
  const stored = await first(
    db
      .select({ data: t.runEvents.data })
      .from(t.runEvents)
      .where(
        and(
          eq(t.runEvents.runId, input.runId),
          gt(t.runEvents.seq, firstSeq - END_WINDOW),
          like(t.runEvents.data, '{"type":"progress"%'),
        ),
      )
      .orderBy(desc(t.runEvents.seq))
      .limit(1),
  );
  return runListState('succeeded', endOfProgressEvent(stored?.data ?? null));
}
