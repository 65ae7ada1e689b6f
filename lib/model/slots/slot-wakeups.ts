import 'server-only';
import pg from 'pg';

/** The channel a released slot is announced on; the payload is the endpoint key. */
export const SLOT_CHANNEL = 'proofdesk_model_slots';

const RECONNECT_MS = 1_000;

/**
 * Wakes this instance's slot waiters when any instance releases a slot of their endpoint:
 * one LISTEN connection per database, reconnected when it drops. A wake-up is a hint, not a
 * grant: the waiter tries the locks again. Releases it cannot hear (the listener is down, a
 * holder's connection died without a NOTIFY) are found by the waiters' slow poll.
 */
export class SlotWakeups {
  private client: pg.Client | null = null;
  private closed = false;
  private readonly generations = new Map<number, number>();
  private readonly waiters = new Map<number, Set<() => void>>();
  private listening: Promise<void>;

  constructor(private readonly url: string) {
    this.listening = this.listen();
  }

  /** Resolves once the first LISTEN attempt has settled (tests wait for it). */
  ready(): Promise<void> {
    return this.listening;
  }

  /** Counts the releases heard for `key`: a change since a failed try means try again now. */
  generation(key: number): number {
    return this.generations.get(key) ?? 0;
  }

  /** A release of `key` seen here (this instance's own, or a NOTIFY). */
  bump(key: number): void {
    this.generations.set(key, this.generation(key) + 1);
    const woken = this.waiters.get(key);
    this.waiters.delete(key);
    for (const wake of woken ?? []) wake();
  }

  /** Resolves on the next release of `key`, after `pollMs` at the latest, or on abort. */
  wait(key: number, pollMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const set = this.waiters.get(key) ?? new Set();
      this.waiters.set(key, set);
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        set.delete(done);
        resolve();
      };
      const timer = setTimeout(done, pollMs);
      signal?.addEventListener('abort', done, { once: true });
      set.add(done);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      const key = Number(msg.payload);
      if (Number.isInteger(key)) this.bump(key);
    });
    // A dropped listener only slows wake-ups to the poll until it is back.
    client.on('error', () => this.retry(client));
    client.on('end', () => this.retry(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${SLOT_CHANNEL}`);
    } catch {
      this.retry(client);
    }
  }

  private retry(client: pg.Client): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    client.end().catch(() => {});
    setTimeout(() => {
      this.listening = this.listen();
    }, RECONNECT_MS).unref();
  }
}
