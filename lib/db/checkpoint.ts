import 'server-only';
import { selectedBackend } from './backend';
import { getDb } from './client';

/**
 * Makes what was committed so far survive a restart at once. SQLite: a passive WAL
 * checkpoint (the WAL is folded into the database file without waiting for readers).
 * Postgres: nothing to do, a commit is already durable and recovered by its own WAL.
 */
export function checkpointCommitted(): void {
  if (selectedBackend().kind === 'sqlite') getDb().$client.pragma('wal_checkpoint(PASSIVE)');
}
