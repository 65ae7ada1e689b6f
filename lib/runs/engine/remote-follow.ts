import 'server-only';
import type { FrameSink } from '@/lib/async/pushed-stream';
import { listRunEventRows } from '@/lib/db';
import { type FeedBatch, feedBatch, joinRemoteFeed } from './remote-run-feed';
import { storedFrames } from './sse-frames';

/**
 * Follows a run executing on another instance from its stored events (Postgres): what is
 * stored after `afterSeq` first, then each batch the run's shared feed reads when notified,
 * until the terminal status. Batches are handled one after another; a batch that does not
 * start right after what this reader has (it joined while the feed was ahead) is replaced by
 * a read of its own from where it is, so ids stay 1…N without a gap or a repeat. Returns
 * null on SQLite (no other instance), else how to leave, or how to hand the reader over to
 * the run's memory once it executes in this process (`handOver`: the last seq sent; nothing
 * more is sent from storage after it, and the sink stays open).
 */
export function followRemoteRun(
  runId: string,
  afterSeq: number,
  sink: FrameSink,
): { leave: () => void; handOver: () => number } | null {
  let last = afterSeq;
  let over = false;
  let chain: Promise<void> = Promise.resolve();
  const queue = (work: () => Promise<void> | void) => {
    chain = chain.then(work).catch((err: unknown) => {
      console.error(`[proofdesk] run ${runId}: following its events failed`, err);
      finish();
    });
  };
  const joined = joinRemoteFeed(runId, afterSeq, (batch) => queue(() => take(batch)));
  if (!joined) return null;
  const { feed, leave } = joined;

  const stop = () => {
    if (over) return false;
    over = true;
    leave();
    return true;
  };
  const finish = () => {
    if (stop()) sink.close();
  };
  const send = (batch: FeedBatch, whole: boolean) => {
    // A read in flight when the reader left or was handed over sends nothing.
    if (over) return;
    const end = batch.terminalAt;
    const rows = end >= 0 ? batch.rows.slice(0, end + 1) : batch.rows;
    if (rows.length) {
      sink.enqueue(
        whole && rows.length === batch.rows.length ? batch.frames() : storedFrames(rows),
      );
      last = rows[rows.length - 1].seq;
    }
    if (batch.ended) finish();
  };
  /** Everything stored after `last`, read by this reader alone. */
  const catchUp = async (ended: boolean) =>
    send(feedBatch(await listRunEventRows(runId, last), ended), false);
  const take = async (batch: FeedBatch) => {
    if (over) return;
    const fresh = batch.rows.filter((r) => r.seq > last);
    if (fresh.length && fresh[0].seq !== last + 1) return catchUp(batch.ended);
    if (!fresh.length) {
      // Nothing new here; an end without rows may still leave rows this reader lacks.
      if (batch.ended) await catchUp(true);
      return;
    }
    if (fresh.length === batch.rows.length) send(batch, true);
    else send(feedBatch(fresh, batch.ended), false);
  };

  // Listen first, then read: a batch committed between the two is in one or the other.
  queue(async () => {
    await joined.listening;
    await catchUp(false);
    feed.advanceTo(last);
  });
  return {
    leave: finish,
    handOver: () => {
      stop();
      return last;
    },
  };
}
