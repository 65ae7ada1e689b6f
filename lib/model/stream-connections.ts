import 'server-only';
import type { Socket } from 'node:net';
import { buildConnector, Client } from 'undici';

/**
 * A socket that holds one byte before it stops reading, so a paused stream leaves its bytes
 * in the kernel (read-pacer.ts); while a stream flows, nothing waits in it.
 */
const connect = buildConnector({ highWaterMark: 1 } as buildConnector.BuildOptions);

/**
 * One upstream connection for streamed chat requests: an undici Client of its own (one
 * socket, one request at a time), which knows the socket it connected. An undici Agent pools
 * connections just as well but never says which socket carries a request, and the read
 * pacer needs that socket to stop reading it between ticks (socket-reads.ts). Header and
 * body timeouts are off, as for the SDK's requests (http-fetch.ts): our idle timeout and
 * deadline replace them.
 */
export class StreamConnection {
  /** The socket of the current (or last) connection; a new one when the Client reconnects. */
  socket: Socket | null = null;
  readonly client: Client;

  constructor(readonly origin: string) {
    this.client = new Client(origin, {
      headersTimeout: 0,
      bodyTimeout: 0,
      pipelining: 1,
      connect: (options, done) =>
        connect(options, (...args) => {
          this.socket = args[1];
          done(...args);
        }),
    });
  }

  get usable(): boolean {
    return !this.client.closed && !this.client.destroyed;
  }
}

/** Idle connections kept per origin: as many as a class streams at once is plenty. */
const IDLE_PER_ORIGIN = 32;

const key = Symbol.for('proofdesk.streamConnections');
type G = typeof globalThis & { [key]?: Map<string, StreamConnection[]> };

function idle(): Map<string, StreamConnection[]> {
  const g = globalThis as G;
  g[key] ??= new Map();
  return g[key];
}

/**
 * A connection to `origin` no other request is using: an idle one (kept alive since its last
 * request, or reconnecting if the server closed it meanwhile), else a new one.
 */
export function takeConnection(origin: string): StreamConnection {
  const list = idle().get(origin);
  while (list?.length) {
    const c = list.pop();
    if (c?.usable) return c;
  }
  return new StreamConnection(origin);
}

/** Hands a connection back once its request is over (its body read to the end or destroyed). */
export function giveBack(c: StreamConnection): void {
  if (!c.usable) return;
  const all = idle();
  const list = all.get(c.origin) ?? [];
  if (list.length >= IDLE_PER_ORIGIN) {
    c.client.close().catch(() => {});
    return;
  }
  list.push(c);
  all.set(c.origin, list);
}
