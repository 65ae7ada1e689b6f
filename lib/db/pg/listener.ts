import 'server-only';
import pg from 'pg';

type Handler = (payload: string) => void;

const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 2000;

/**
 * ONE dedicated connection per process that LISTENs on the given channels, whatever the
 * number of readers (a pooled connection cannot listen: the pool hands it to others). A
 * connection that drops (a Postgres restart, a killed backend, a network cut) is opened
 * again with backoff, and `onReconnect` handlers run once it listens again: notifications
 * sent meanwhile are lost, so whoever waits on them catches up from the rows.
 */
export class PgListener {
  private client: pg.Client | null = null;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly reconnectHandlers = new Set<() => void>();
  private closed = false;
  private retryMs = RETRY_FIRST_MS;
  private everConnected = false;
  /** Resolves once the first LISTEN is in place (tests wait on it). */
  readonly ready: Promise<void>;
  private markReady!: () => void;

  constructor(
    private readonly url: string,
    private readonly channels: readonly string[],
  ) {
    this.ready = new Promise((r) => {
      this.markReady = r;
    });
    void this.connect();
  }

  on(channel: string, handler: Handler): () => void {
    const set = this.handlers.get(channel) ?? new Set<Handler>();
    this.handlers.set(channel, set);
    set.add(handler);
    return () => set.delete(handler);
  }

  onReconnect(handler: () => void): () => void {
    this.reconnectHandlers.add(handler);
    return () => this.reconnectHandlers.delete(handler);
  }

  /** The listening connection's server process (tests terminate it to cut the connection). */
  get backendPid(): number | null {
    return (this.client as (pg.Client & { processID?: number }) | null)?.processID ?? null;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url });
    let failed = false;
    const fail = (err?: Error) => {
      if (failed) return;
      failed = true;
      if (err) console.error(`[proofdesk] postgres LISTEN connection lost: ${err.message}`);
      if (this.client === client) this.client = null;
      client.end().catch(() => {});
      this.scheduleReconnect();
    };
    client.on('error', fail);
    client.on('end', () => fail());
    client.on('notification', (n) => {
      for (const h of this.handlers.get(n.channel) ?? []) h(n.payload ?? '');
    });
    try {
      await client.connect();
      for (const channel of this.channels) await client.query(`LISTEN ${channel}`);
    } catch (err) {
      fail(err as Error);
      return;
    }
    if (this.closed || failed) {
      client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.retryMs = RETRY_FIRST_MS;
    const reconnected = this.everConnected;
    this.everConnected = true;
    this.markReady();
    if (reconnected) for (const h of this.reconnectHandlers) h();
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
    setTimeout(() => void this.connect(), wait).unref();
  }
}
