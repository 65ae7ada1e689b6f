import 'server-only';
import { getDb } from '../client';

/*
 * The checker's background sweep over imported rounds walks the rounds table by rowid,
 * window by window: SQLite only. Postgres has no rowid; its sweep needs a real ordered
 * column (not converted yet, docs/POSTGRES.md).
 */

/**
 * Imported rounds not yet checked among rowids (after, upTo], in order: the background
 * checker walks the rounds table window by window (a bulk import leaves its rounds to it).
 */
export async function uncheckedImportRounds(
  after: number,
  upTo: number,
): Promise<{ rowid: number; id: string }[]> {
  return getDb()
    .$client.prepare(
      `select r.rowid as rowid, r.id as id from rounds r
       where r.rowid > ? and r.rowid <= ? and r.origin = 'import'
         and not exists (select 1 from round_checks c where c.round_id = r.id)
       order by r.rowid`,
    )
    .all(after, upTo) as { rowid: number; id: string }[];
}

/** The largest rowid of the rounds table (0 when empty): where the background checker stops. */
export async function lastRoundRowid(): Promise<number> {
  const row = getDb().$client.prepare('select max(rowid) as m from rounds').get() as {
    m: number | null;
  };
  return row.m ?? 0;
}
