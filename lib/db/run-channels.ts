import 'server-only';
import { sql } from 'drizzle-orm';
import { selectedBackend } from './backend';
import { getPg } from './pg/handle';
import { PgListener } from './pg/listener';
import { RUN_EVENTS_CHANNEL, RUN_STOP_CHANNEL } from './pg/run-channels';

export type { PgListener } from './pg/listener';
export { parseRunEventsPayload, RUN_EVENTS_CHANNEL, RUN_STOP_CHANNEL } from './pg/run-channels';

const key = Symbol.for('proofdesk.pg-listener');
type G = typeof globalThis & { [key]?: { url: string; listener: PgListener } };

/**
 * This process's one LISTEN connection for the run channels, opened on first use; null on
 * SQLite, where one process is the whole app and every run is in its memory.
 */
export function runChannels(): PgListener | null {
  const backend = selectedBackend();
  if (backend.kind !== 'postgres') return null;
  const g = globalThis as G;
  if (g[key]?.url !== backend.url) {
    void g[key]?.listener.close();
    const listener = new PgListener(backend.url, [RUN_EVENTS_CHANNEL, RUN_STOP_CHANNEL]);
    g[key] = { url: backend.url, listener };
  }
  return g[key].listener;
}

/** Whether other instances may share this database (and execute runs this one only reads). */
export function sharedByInstances(): boolean {
  return selectedBackend().kind === 'postgres';
}

/** Asks every instance to stop the run if it executes it (false on SQLite: nobody else). */
export async function publishRunStop(runId: string): Promise<boolean> {
  const backend = selectedBackend();
  if (backend.kind !== 'postgres') return false;
  const db = await getPg(backend.url);
  await db.execute(sql`SELECT pg_notify(${RUN_STOP_CHANNEL}, ${runId})`);
  return true;
}

/** For tests: closes this process's LISTEN connection, whatever the backend now selected. */
export async function closeRunChannels(): Promise<void> {
  const g = globalThis as G;
  const held = g[key];
  g[key] = undefined;
  await held?.listener.close();
}
