import 'server-only';
import { listRunEventRowsOfMany, type StoredEventRow } from '@/lib/db';

/** What FeedReads needs of a feed (remote-run-feed.ts). */
export type FollowedRun = {
  readonly runId: string;
  /** The last seq read for its readers. */
  cursor: number;
  /** Part of a read in flight (its cursor is being moved by it). */
  reading: boolean;
  /** Rows the shared read found after `cursor`. */
  took(rows: readonly StoredEventRow[]): void;
};

/** Counts for tests: queries made by feeds (one per wake-up, whatever the number of runs). */
export const feedStats = { reads: 0 };

/**
 * The reads of this process's feeds: notifications that arrive together (twenty runs
 * committing batches within the same few milliseconds) are answered by ONE query for all the
 * feeds that heard one, each from its own cursor. Notifications arriving during a read make
 * one more read after it.
 */
export class FeedReads {
  private readonly wanted = new Set<FollowedRun>();
  private running: Promise<void> | null = null;

  want(feed: FollowedRun): void {
    this.wanted.add(feed);
    if (!this.running) this.running = this.loop();
  }

  /** Reads `feed` (with any others waiting) and resolves once its rows are delivered. */
  async readNow(feed: FollowedRun): Promise<void> {
    this.want(feed);
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    // Let the notifications of the same moment gather (they come in one socket read).
    await new Promise((r) => setImmediate(r));
    while (this.wanted.size) {
      const feeds = [...this.wanted];
      this.wanted.clear();
      for (const f of feeds) f.reading = true;
      feedStats.reads++;
      try {
        const rows = await listRunEventRowsOfMany(
          feeds.map((f) => ({ runId: f.runId, afterSeq: f.cursor })),
        );
        for (const f of feeds) {
          f.reading = false;
          f.took(rows.get(f.runId) ?? []);
        }
      } catch (err) {
        // The readers stay; the next notification, reconnect or poll reads again.
        console.error('[proofdesk] reading the events of runs followed here failed', err);
      } finally {
        for (const f of feeds) f.reading = false;
      }
    }
    this.running = null;
  }
}
