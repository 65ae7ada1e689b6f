/**
 * For the slot tests: "app instances" that share one database, each with its own semaphore,
 * LISTEN connection and slot pool, as two processes would have.
 */
import pg from 'pg';
import { Semaphore } from '../semaphore';
import { endpointKey } from './endpoint-key';
import { SharedEndpointLimiter } from './shared-limiter';
import { SlotWakeups } from './slot-wakeups';

export const TEST_ENDPOINT = 'http://vllm.test:8000/v1';
export const TEST_KEY = endpointKey(TEST_ENDPOINT);

export type TestInstance = { limiter: SharedEndpointLimiter; close: () => Promise<void> };

export async function startInstance(url: string, limit: number, pollMs = 60_000) {
  const wakeups = new SlotWakeups(url);
  await wakeups.ready();
  const limiter = new SharedEndpointLimiter(new Semaphore(limit), {
    url,
    key: TEST_KEY,
    wakeups,
    pollMs,
  });
  const close = async () => {
    await Promise.all([limiter.end(), wakeups.close()]);
  };
  return { limiter, close } satisfies TestInstance;
}

/** Advisory slots of the test endpoint held right now, with the backend pids holding them. */
export async function heldSlots(url: string): Promise<{ slot: number; pid: number }[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const res = await client.query<{ slot: number; pid: number }>(
      `SELECT objid::int AS slot, pid FROM pg_locks
        WHERE locktype = 'advisory' AND objsubid = 2 AND granted
          AND classid::bigint = ($1::int::bigint & 4294967295)
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        ORDER BY objid`,
      [TEST_KEY],
    );
    return res.rows;
  } finally {
    await client.end();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
