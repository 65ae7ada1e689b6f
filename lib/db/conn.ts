import 'server-only';
import { ambientTransaction, type QueryDb } from './ambient';
import { selectedBackend } from './backend';
import { getDb } from './client';
import { getPg } from './pg/handle';
import { pgTablesAsSqlite, type Tables } from './pg/tables';
import * as sqliteTables from './schema';

export type { QueryDb } from './ambient';
export type { Tables } from './pg/tables';

export type BackendKind = 'sqlite' | 'postgres';

/** What a query needs: where to send it, and the tables of that backend. */
export type Conn = { db: QueryDb; t: Tables; backend: BackendKind };

const sqliteConn = (db: QueryDb): Conn => ({ db, t: sqliteTables, backend: 'sqlite' });
const pgConn = (db: QueryDb): Conn => ({ db, t: pgTablesAsSqlite, backend: 'postgres' });

/**
 * The connection of the selected backend (PROOFDESK_DATABASE_URL), or the transaction the
 * caller is inside (see `transaction`), so a helper called from a transaction body joins it
 * without being handed `tx`. Query code uses `t.<table>`, never the SQLite tables imported
 * from `../schema`: those would render SQLite SQL on Postgres.
 */
export async function conn(): Promise<Conn> {
  const backend = selectedBackend();
  const ambient = ambientTransaction();
  if (ambient) return backend.kind === 'sqlite' ? sqliteConn(ambient.db) : pgConn(ambient.db);
  if (backend.kind === 'sqlite') return sqliteConn(getDb() as unknown as QueryDb);
  return pgConn((await getPg(backend.url)) as unknown as QueryDb);
}
