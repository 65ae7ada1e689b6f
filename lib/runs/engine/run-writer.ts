import 'server-only';
import { runtimeConfig } from '@/lib/config/runtime';
import { chunkedTransactionIdle, persistRunProgress } from '@/lib/db';
import type { SequencedRunEvent } from '@/lib/schemas';

export type ProgressExtra = Pick<Parameters<typeof persistRunProgress>[0], 'status' | 'patch'>;

/** Tries per write: the first, then retries after base·2^i ms (base 50: ~6 s in all). */
const RETRIES = 7;
/** Once a run is over and its last write still fails, try again this often, until it lands. */
const LATE_RETRY_MS = 5_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The database refused a run's writes through every retry. */
export class RunWriteError extends Error {
  constructor(readonly cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`The database could not be written (${why})`);
  }
}

/**
 * Writes a run's event log to SQLite in order. Only events that were actually written count
 * as written: a failed write (SQLITE_BUSY past the busy timeout, a full disk) is retried with
 * backoff, and each try takes every event not yet written, so nothing is skipped and a later
 * write never waits on an earlier failure. After the last retry the caller hears of it.
 */
export class RunWriter {
  private written = 0;
  private chain: Promise<void> = Promise.resolve();
  private lateTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly runId: string,
    private readonly events: readonly SequencedRunEvent[],
    private readonly snapshot: () => { text: string; reasoning: string },
  ) {}

  /** Everything not yet written (and `extra`); rejects with RunWriteError after the retries. */
  write(extra: ProgressExtra = {}): Promise<void> {
    const attempt = this.chain.then(() => this.writeWithRetries(extra));
    this.chain = attempt.catch(() => {});
    return attempt;
  }

  /**
   * The run's last write. If the database is still unwritable, the events and the outcome
   * stay in memory and are written as soon as it takes them again (until the process ends,
   * after which start-up recovery marks the run interrupted).
   */
  async writeLast(extra: ProgressExtra): Promise<boolean> {
    try {
      await this.write(extra);
      return true;
    } catch (err) {
      console.error(`[proofdesk] run ${this.runId}: last write failed, retrying later`, err);
      const retry = () => {
        this.lateTimer = setTimeout(() => {
          this.write(extra).then(
            () => console.error(`[proofdesk] run ${this.runId}: last write stored`),
            retry,
          );
        }, LATE_RETRY_MS);
        this.lateTimer.unref();
      };
      retry();
      return false;
    }
  }

  get unwritten(): number {
    return this.events.length - this.written;
  }

  private async writeWithRetries(extra: ProgressExtra): Promise<void> {
    const base = runtimeConfig().writeRetryBaseMs;
    // Not inside a bulk import's open transaction: a rollback there would take these along.
    await chunkedTransactionIdle();
    for (let i = 0; ; i++) {
      const batch = this.events.slice(this.written);
      try {
        await persistRunProgress({
          runId: this.runId,
          events: batch,
          // The full text only at status changes; in between, the events (deltas) suffice.
          ...(extra.status ? this.snapshot() : {}),
          ...extra,
        });
        this.written += batch.length;
        return;
      } catch (err) {
        if (i >= RETRIES) throw new RunWriteError(err);
        console.error(
          `[proofdesk] run ${this.runId}: write failed (${(err as Error).message}), retry ${i + 1}`,
        );
        await sleep(base * 2 ** i);
      }
    }
  }
}
