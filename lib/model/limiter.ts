import 'server-only';
import { selectedBackend } from '@/lib/database-backend';
import { Semaphore } from './semaphore';
import { endpointKey } from './slots/endpoint-key';
import { type EndpointLimiter, SharedEndpointLimiter } from './slots/shared-limiter';
import { SlotWakeups } from './slots/slot-wakeups';

export { Semaphore } from './semaphore';
export type { EndpointLimiter } from './slots/shared-limiter';

const DEFAULT_CONCURRENCY = 8;
/** How often a waiter looks again when no release was heard (a dead holder sends none). */
const SLOT_POLL_MS = 2_000;

/** Requests in flight per model endpoint: `PROOFDESK_CONCURRENCY`, default 8. */
export function endpointConcurrency(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.PROOFDESK_CONCURRENCY);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1024) : DEFAULT_CONCURRENCY;
}

const key = Symbol.for('proofdesk.endpoint-limits');
type Registry = {
  local: Map<string, Semaphore>;
  shared: Map<string, SharedEndpointLimiter>;
  wakeups: Map<string, SlotWakeups>;
};
type G = typeof globalThis & { [key]?: Registry };

function registry(): Registry {
  const g = globalThis as G;
  g[key] ??= { local: new Map(), shared: new Map(), wakeups: new Map() };
  return g[key];
}

/**
 * The one semaphore of a model endpoint (keyed by base URL), shared by every run of this
 * process, so many samples and a search together never overload one server.
 */
export function localEndpointLimiter(baseURL: string): Semaphore {
  const { local } = registry();
  const sem = local.get(baseURL) ?? new Semaphore(endpointConcurrency());
  local.set(baseURL, sem);
  sem.limit = endpointConcurrency();
  return sem;
}

/**
 * The limiter a model request waits on. On SQLite, the process's semaphore. On Postgres, the
 * same semaphore in front of the endpoint's slots in the database, so the limit holds across
 * every instance sharing it (docs/POSTGRES.md, "Model endpoint limits").
 */
export function endpointLimiter(baseURL: string): EndpointLimiter {
  const local = localEndpointLimiter(baseURL);
  const backend = selectedBackend();
  if (backend.kind === 'sqlite') return local;
  const reg = registry();
  const id = `${backend.url} ${baseURL}`;
  let shared = reg.shared.get(id);
  if (!shared) {
    let wakeups = reg.wakeups.get(backend.url);
    if (!wakeups) {
      wakeups = new SlotWakeups(backend.url);
      reg.wakeups.set(backend.url, wakeups);
    }
    const opts = { url: backend.url, key: endpointKey(baseURL), wakeups, pollMs: SLOT_POLL_MS };
    shared = new SharedEndpointLimiter(local, opts);
    reg.shared.set(id, shared);
  }
  return shared;
}
