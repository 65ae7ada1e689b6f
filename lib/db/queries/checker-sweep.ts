import 'server-only';
import { sql } from 'drizzle-orm';
import { type Conn, conn } from '../conn';
import { selectRows } from '../list-sql';

/**
 * The checker's background sweep over imported rounds walks the rounds table in the order
 * rounds were stored, window by window, by a number that only grows: SQLite's rowid;
 * Postgres's `sweep_seq` (a bigserial of its own, pg migration 0006). On Postgres a number
 * is drawn at insert and the row seen at commit, so a round another process (`proofdesk
 * import`) commits after the sweep passed its number waits for the server's next start;
 * the web import's own rounds are covered (`importThenCheck` rewinds to where it began).
 */
const order = (backend: Conn['backend']) => sql.raw(backend === 'sqlite' ? 'rowid' : 'sweep_seq');

/**
 * Imported rounds not yet checked among numbers (after, upTo], in order: the background
 * checker walks the rounds table window by window (a bulk import leaves its rounds to it).
 */
export async function uncheckedImportRounds(
  after: number,
  upTo: number,
): Promise<{ rowid: number; id: string }[]> {
  const c = await conn();
  const n = order(c.backend);
  return selectRows<{ rowid: number; id: string }>(
    c,
    sql`select r.${n} as rowid, r.id as id from rounds r
       where r.${n} > ${after} and r.${n} <= ${upTo} and r.origin = 'import'
         and not exists (select 1 from round_checks c where c.round_id = r.id)
       order by r.${n}`,
  );
}

/** The largest number in the rounds table (0 when empty): where the background checker stops. */
export async function lastRoundRowid(): Promise<number> {
  const c = await conn();
  const [row] = await selectRows<{ m: number | null }>(
    c,
    sql`select max(${order(c.backend)}) as m from rounds`,
  );
  return Number(row?.m ?? 0);
}
