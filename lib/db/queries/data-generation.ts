import 'server-only';
import { selectedBackend } from '../backend';
import { sqliteDataGeneration } from './data-generation-sqlite';

/**
 * A token that changes whenever anything stored may have changed (SQLite: see
 * `sqliteDataGeneration`); equal tokens mean nothing was written in between. Null when that
 * cannot be told cheaply (Postgres, whose other writers this process does not see, or inside
 * a transaction): a caller then reads afresh.
 */
export async function dataGeneration(): Promise<string | null> {
  return selectedBackend().kind === 'sqlite' ? sqliteDataGeneration() : null;
}
