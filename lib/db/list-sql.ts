import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { Conn } from './conn';
import type { PgDb } from './pg/client';

/**
 * What the paged lists' hand-written SQL needs that differs between the backends, behind one
 * function each, chosen by `conn().backend`.
 */

/**
 * A list row's unique tie breaker after its sort keys: SQLite's rowid (the end of every
 * index), Postgres's primary key (it has no rowid). `alias.id` must be the primary key.
 */
export function rowKey(backend: Conn['backend'], alias: string): SQL {
  return sql.raw(backend === 'sqlite' ? `${alias}.rowid` : `${alias}.id`);
}

/** Case-insensitive `like`, as SQLite's is for ASCII: Postgres's `like` is case-sensitive. */
export function likeOp(backend: Conn['backend']): SQL {
  return sql.raw(backend === 'sqlite' ? 'like' : 'ilike');
}

/** The rows of a hand-written select: better-sqlite3's `all`, node-postgres's `rows`. */
export async function selectRows<T>({ db, backend }: Pick<Conn, 'db' | 'backend'>, query: SQL) {
  if (backend === 'sqlite') return (await db.all<T>(query)) as T[];
  const result = await (db as unknown as PgDb).execute(query);
  return result.rows as T[];
}

/** `select count(*) as n …`'s number (0 with no row). */
export async function countOf(c: Pick<Conn, 'db' | 'backend'>, query: SQL): Promise<number> {
  const [row] = await selectRows<{ n: number | string }>(c, query);
  return Number(row?.n ?? 0);
}
