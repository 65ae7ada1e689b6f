import 'server-only';
import {
  getRun,
  type PgListener,
  parseRunEventsPayload,
  RUN_EVENTS_CHANNEL,
  runChannels,
  type StoredEventRow,
} from '@/lib/db';
import { TERMINAL_STATUSES } from '@/lib/schemas';
import { FeedReads } from './feed-reads';
import { storedFrames } from './sse-frames';

/** Rows a feed read, handed to every reader of the run (`ended`: the run is over, rows or not). */
export type FeedBatch = {
  rows: readonly StoredEventRow[];
  /** Index of the run's terminal status among `rows`, or -1. */
  terminalAt: number;
  ended: boolean;
  /** The rows' SSE frames, encoded once for every reader that takes the whole batch. */
  frames(): Uint8Array;
};
type Reader = (batch: FeedBatch) => void;

/**
 * How often a feed checks the run's row besides its notifications: a run whose executor
 * died ends (interrupted, by recovery or takeover) with a status event, which notifies; this
 * is the safety net for a run that ended some other way.
 */
const POLL_MS = 5000;

export function terminalIndex(rows: readonly StoredEventRow[]): number {
  return rows.findIndex((r) => {
    if (!r.data.includes('"status"')) return false;
    const e = JSON.parse(r.data) as { type?: string; status?: string };
    return e.type === 'status' && TERMINAL_STATUSES.includes(e.status as never);
  });
}

export function feedBatch(rows: readonly StoredEventRow[], ended = false): FeedBatch {
  let bytes: Uint8Array | null = null;
  const terminalAt = terminalIndex(rows);
  return {
    rows,
    terminalAt,
    ended: ended || terminalAt >= 0,
    frames: () => {
      bytes ??= storedFrames(rows);
      return bytes;
    },
  };
}

/**
 * The stored events of one run executing on another instance, for all of this process's
 * readers of that run. It does not read by itself: when notified it asks the process's
 * FeedReads, which reads every feed that heard something in one query.
 */
export class RemoteRunFeed {
  private readonly readers = new Set<Reader>();
  /** The last seq read for the readers. */
  cursor: number;
  /** Part of a read in flight (its cursor is being moved by it). */
  reading = false;
  private done = false;
  private readonly poll: NodeJS.Timeout;

  constructor(
    readonly runId: string,
    cursor: number,
    private readonly reads: FeedReads,
    private readonly onIdle: () => void,
  ) {
    this.cursor = cursor;
    this.poll = setInterval(() => void this.checkEnded(), POLL_MS);
    this.poll.unref();
  }

  add(reader: Reader): () => void {
    this.readers.add(reader);
    return () => {
      this.readers.delete(reader);
      if (this.readers.size === 0) this.dispose();
    };
  }

  /** A reader has everything up to `seq`: the feed need not read those rows again. */
  advanceTo(seq: number): void {
    if (!this.reading && seq > this.cursor) this.cursor = seq;
  }

  /** A batch up to `lastSeq` was committed (or, with no argument, maybe some were: catch up). */
  heard(lastSeq = Number.POSITIVE_INFINITY): void {
    if (lastSeq > this.cursor && !this.done) this.reads.want(this);
  }

  /** Rows the shared read found after `cursor`. */
  took(rows: readonly StoredEventRow[]): void {
    if (!rows.length || this.done) return;
    this.cursor = rows[rows.length - 1].seq;
    this.deliver(feedBatch(rows));
  }

  private async checkEnded(): Promise<void> {
    const run = await getRun(this.runId, false).catch(() => undefined);
    if (!run || TERMINAL_STATUSES.includes(run.status)) {
      await this.reads.readNow(this);
      this.deliver(feedBatch([], true));
    }
  }

  private deliver(batch: FeedBatch): void {
    if (batch.ended) this.done = true;
    for (const reader of this.readers) reader(batch);
  }

  private dispose(): void {
    clearInterval(this.poll);
    this.onIdle();
  }
}

const key = Symbol.for('proofdesk.remote-run-feeds');
type Feeds = { listener: PgListener; feeds: Map<string, RemoteRunFeed>; reads: FeedReads };
type G = typeof globalThis & { [key]?: Feeds };

/** This process's feeds, fed by its one LISTEN connection; null on SQLite. */
function feeds(): Feeds | null {
  const listener = runChannels();
  if (!listener) return null;
  const g = globalThis as G;
  if (g[key]?.listener !== listener) {
    const feeds = new Map<string, RemoteRunFeed>();
    listener.on(RUN_EVENTS_CHANNEL, (payload) => {
      const parsed = parseRunEventsPayload(payload);
      if (parsed) feeds.get(parsed.runId)?.heard(parsed.lastSeq);
    });
    // Notifications sent while the connection was down are lost: every feed reads its rows.
    listener.onReconnect(() => {
      for (const feed of feeds.values()) feed.heard();
    });
    g[key] = { listener, feeds, reads: new FeedReads() };
  }
  return g[key];
}

/**
 * Joins the feed of a run executing elsewhere (made on first use, dropped with its last
 * reader), or null when runs are only ever followed from memory (SQLite).
 */
export function joinRemoteFeed(
  runId: string,
  afterSeq: number,
  reader: Reader,
): { feed: RemoteRunFeed; leave: () => void; listening: Promise<void> } | null {
  const all = feeds();
  if (!all) return null;
  let feed = all.feeds.get(runId);
  if (!feed) {
    const made: RemoteRunFeed = new RemoteRunFeed(runId, afterSeq, all.reads, () => {
      if (all.feeds.get(runId) === made) all.feeds.delete(runId);
    });
    feed = made;
    all.feeds.set(runId, feed);
  }
  return { feed, leave: feed.add(reader), listening: all.listener.ready };
}
