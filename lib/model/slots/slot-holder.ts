import 'server-only';
import pg from 'pg';
import { raceAbort } from './abort-race';
import { trySlot, unlockSlot } from './slot-lock';
import type { SlotWakeups } from './slot-wakeups';

/** A slot held on its own connection until `release` (which never throws). */
export type HeldSlot = { slot: number; release: () => Promise<void> };

export type SlotHolderOptions = {
  url: string;
  key: number;
  wakeups: SlotWakeups;
  /** The slow poll: how long a waiter sleeps when no release is heard. */
  pollMs: number;
};

/**
 * One endpoint's cross-instance slots: a small pool of dedicated connections (one per request
 * in flight or waiting; the local semaphore in front admits at most `limit`), each holding
 * at most one advisory lock. A waiter keeps its connection and tries again when a release is
 * heard or the poll fires. A connection that fails is dropped (its lock, if any, dies with
 * the session) and a fresh one is taken after the poll interval.
 */
export class SlotHolder {
  private readonly pool: pg.Pool;

  constructor(private readonly opts: SlotHolderOptions) {
    this.pool = new pg.Pool({
      connectionString: opts.url,
      max: 1,
      idleTimeoutMillis: 60_000,
      allowExitOnIdle: true,
    });
    this.pool.on('error', () => {}); // an idle connection that died is simply replaced
  }

  /**
   * Waits for a slot out of `limit` (calling `onWait` before each wait); rejects with the
   * signal's reason at once on abort.
   */
  hold(limit: number, signal?: AbortSignal, onWait: () => void = () => {}): Promise<HeldSlot> {
    // A pool checks `max` on every connect, so a changed limit applies to the next request.
    this.pool.options.max = Math.max(1, limit);
    const waiting = this.waitForSlot(limit, onWait, signal);
    return raceAbort(waiting, signal, (late) => late.release());
  }

  end(): Promise<void> {
    return this.pool.end();
  }

  private async waitForSlot(
    limit: number,
    onWait: () => void,
    signal?: AbortSignal,
  ): Promise<HeldSlot> {
    const { key, wakeups, pollMs } = this.opts;
    let failures = 0;
    while (!signal?.aborted) {
      let conn: Checkout | null = null;
      try {
        conn = await this.checkout();
        const held = await this.tryUntilAborted(conn, limit, onWait, signal);
        if (held) return held;
        conn.done();
        break;
      } catch (err) {
        conn?.done(true);
        if (failures++ === 0)
          console.error(`[proofdesk] model slot: Postgres unreachable, waiting: ${String(err)}`);
        onWait();
        await wakeups.wait(key, pollMs, signal);
      }
    }
    throw signal?.reason;
  }

  /**
   * A connection of the pool with an error listener for as long as it is checked out: a
   * checked-out client that loses its server emits 'error', which would end the process.
   */
  private async checkout(): Promise<Checkout> {
    const client = await this.pool.connect();
    const onError = () => {};
    client.on('error', onError);
    return {
      client,
      done: (broken = false) => {
        client.off('error', onError);
        client.release(broken || undefined);
      },
    };
  }

  /** Tries on one connection until a slot is taken (then returns it) or the signal aborts. */
  private async tryUntilAborted(
    conn: Checkout,
    limit: number,
    onWait: () => void,
    signal?: AbortSignal,
  ) {
    const { key, wakeups, pollMs } = this.opts;
    while (!signal?.aborted) {
      const seen = wakeups.generation(key);
      const slot = await trySlot(conn.client, key, limit);
      if (slot !== null) return this.held(conn, slot);
      if (wakeups.generation(key) !== seen) continue; // a release came during the try
      onWait();
      await wakeups.wait(key, pollMs, signal);
    }
    return null;
  }

  private held(conn: Checkout, slot: number): HeldSlot {
    const { key, wakeups } = this.opts;
    let released: Promise<void> | null = null;
    const release = () => {
      released ??= unlockSlot(conn.client, key, slot).then((ok) => {
        // A connection that could not unlock is dropped: its session's locks die with it.
        conn.done(!ok);
        wakeups.bump(key);
      });
      return released;
    };
    return { slot, release };
  }
}

type Checkout = { client: pg.PoolClient; done: (broken?: boolean) => void };
