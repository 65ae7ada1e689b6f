import 'server-only';
import type pg from 'pg';
import { SLOT_CHANNEL } from './slot-wakeups';

/**
 * Takes the first free slot of `key` (session-level `pg_try_advisory_lock(key, slot)` over
 * slots 0..limit-1) on this connection, or null when all are held. The Limit node stops
 * pulling rows at the first lock taken, so one call never holds two slots (slot-lock.test.ts
 * checks that against the server).
 */
export async function trySlot(client: pg.PoolClient, key: number, limit: number) {
  const res = await client.query<{ slot: number }>(
    'SELECT s AS slot FROM generate_series(0, $2::int - 1) AS s WHERE pg_try_advisory_lock($1::int, s) LIMIT 1',
    [key, limit],
  );
  return res.rows[0]?.slot ?? null;
}

/**
 * Gives the slot back and tells every instance (NOTIFY is sent when this statement commits).
 * Returns false when the connection could not say so: the caller then drops the connection,
 * and Postgres frees a dead session's locks itself.
 */
export async function unlockSlot(
  client: pg.PoolClient,
  key: number,
  slot: number,
): Promise<boolean> {
  try {
    await client.query('SELECT pg_advisory_unlock($1::int, $2::int), pg_notify($3, $4)', [
      key,
      slot,
      SLOT_CHANNEL,
      String(key),
    ]);
    return true;
  } catch {
    return false;
  }
}
