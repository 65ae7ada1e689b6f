import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '@/lib/errors';

/** One sort key's value in a cursor: keys are never null (sort expressions coalesce). */
type Key = number | string;

/**
 * A list's order: key expressions, all in one direction, then a unique tie breaker: on
 * SQLite the row's rowid (every SQLite index ends with it, so the walk stays inside the
 * index), on Postgres a real unique column (`rowKey` in ./list-sql.ts).
 */
export type Keyset = { keys: SQL[]; rowid: SQL; dir: 'asc' | 'desc' };

const bad = () =>
  new AppError('bad_request', 'This list cursor is not valid: start again from the first page.');

/** An opaque cursor: the last row's sort keys and rowid, as base64url JSON. */
export function encodeCursor(values: Key[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): Key[] | null {
  if (!cursor) return null;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  const ok =
    Array.isArray(values) &&
    values.length === arity &&
    values.every((v) => typeof v === 'number' || typeof v === 'string');
  if (!ok) throw bad();
  return values as Key[];
}

/** `k1 <= v1 and (k1, …, rowid) < (v1, …, r)` (or `>`): rows after the cursor, as an index range. */
export function afterCursor(order: Keyset, cursor: string | undefined): SQL {
  const values = decodeCursor(cursor, order.keys.length + 1);
  if (!values) return sql`true`;
  const cols = sql.join([...order.keys, order.rowid], sql`, `);
  const vals = sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
  // The bound on the first key alone is what SQLite turns into an index range (it does not
  // for a row value over an expression index); the row value then skips the ties seen.
  const first = sql`${values[0]}`;
  return order.dir === 'desc'
    ? sql`${order.keys[0]} <= ${first} and (${cols}) < (${vals})`
    : sql`${order.keys[0]} >= ${first} and (${cols}) > (${vals})`;
}

export function orderByKeyset(order: Keyset): SQL {
  const dir = sql.raw(order.dir);
  return sql.join(
    [...order.keys, order.rowid].map((k) => sql`${k} ${dir}`),
    sql`, `,
  );
}

/**
 * A page from `limit + 1` rows read in keyset order: the extra row only says there is a next
 * page; the cursor is the last shown row's keys (selected as `sort_keys` JSON and `rid`).
 */
export function pageOf<R extends { sort_keys: string; rid: Key }>(
  rows: R[],
  limit: number,
): { rows: R[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: encodeCursor([...JSON.parse(last.sort_keys), last.rid]) };
}

/** Selects the sort keys as one JSON value (`sort_keys`) so `pageOf` can build the cursor. */
export function sortKeysColumn(order: Keyset, backend: 'sqlite' | 'postgres' = 'sqlite'): SQL {
  const keys = sql.join(order.keys, sql`, `);
  return backend === 'sqlite'
    ? sql`json_array(${keys}) as sort_keys`
    : sql`json_build_array(${keys})::text as sort_keys`;
}
