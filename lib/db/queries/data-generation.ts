import 'server-only';
import { ambientTransaction } from '../ambient';
import { selectedBackend } from '../backend';
import { pgDataGeneration } from './data-generation-pg';
import { sqliteDataGeneration } from './data-generation-sqlite';

/**
 * A token that changes whenever anything a page shows may have changed (SQLite: see
 * `sqliteDataGeneration`; Postgres: `pgDataGeneration`); equal tokens mean nothing was
 * written in between. Null inside a transaction, where what a statement sees may still be
 * rolled back: a caller then reads afresh.
 */
export async function dataGeneration(): Promise<string | null> {
  const backend = selectedBackend();
  if (backend.kind === 'sqlite') return sqliteDataGeneration();
  if (ambientTransaction()) return null;
  return pgDataGeneration(backend.url);
}
