import 'server-only';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { selectedBackend } from '@/lib/db';

/**
 * How long a lease lasts, and how often its instance renews it. A SIGKILLed instance's runs
 * are taken over at most LEASE_MS + RENEW_MS after its last renewal (20 s, inside the 30 s a
 * team was promised), and an instance survives two missed renewals (a long GC pause, a slow
 * database) before it loses its runs.
 */
export const LEASE_MS = 15_000;
export const RENEW_MS = 5_000;

const key = Symbol.for('proofdesk.instance-id');
type G = typeof globalThis & { [key]?: string };

/**
 * This instance's name in the leases table: `PROOFDESK_INSTANCE_ID`, else host and port
 * (`next start` sets PORT), which no two live servers share and a restarted one keeps, so it
 * ends its own runs from before the restart at once instead of waiting out their leases.
 * Without a port: host, pid and a random tag, unique but not kept across restarts.
 */
export function instanceId(env: Record<string, string | undefined> = process.env): string {
  const g = globalThis as G;
  g[key] ??=
    env.PROOFDESK_INSTANCE_ID?.trim() ||
    (env.PORT
      ? `${hostname()}:${env.PORT}`
      : `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`);
  return g[key];
}

/**
 * Several instances may share the database (Postgres): runs are leased and admitted under
 * the database's locks. On SQLite one process owns the file, and its registry is enough.
 */
export function sharedDeployment(): boolean {
  return selectedBackend().kind === 'postgres';
}

export const leaseUntil = (now = Date.now()) => now + LEASE_MS;
