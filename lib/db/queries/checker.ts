import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Anchor, CheckedRelation, CheckerStats } from '@/lib/schemas';
import { getDb } from '../client';
import { newId } from '../ids';
import { findings, roundChecks } from '../schema';

/** One checker finding as stored: what the checker said and where, by its key. */
export interface StoredCheckerFinding {
  /** Same key, same finding: a decision on it is kept while the formula text is unchanged. */
  key: string;
  severity: string;
  category: string;
  quote: string;
  description: string;
  anchor: Anchor;
}

/** The identity of a checker finding across runs: its category and formula text. */
export const checkerKey = (quote: string, category: string) => `${category}\u0000${quote}`;

export interface RoundCheck {
  stats: CheckerStats;
  relations: CheckedRelation[];
  proof: string;
  checkedAt: number;
}

/**
 * Replaces a round's checker findings with a new run's, in one transaction. A finding whose
 * key (check and formula text) is unchanged keeps its row, its decision, note and thread,
 * and moves to its new lines; the others are dropped and the new ones added undecided.
 */
export async function storeCheck(
  roundId: string,
  check: RoundCheck,
  items: StoredCheckerFinding[],
  /** Decisions on the same findings in the round this one was made from, by key. */
  inherited: ReadonlyMap<string, { decision: string; note: string }> = new Map(),
): Promise<void> {
  const db = getDb();
  const now = Date.now();
  db.transaction((tx) => {
    const old = tx
      .select()
      .from(findings)
      .where(and(eq(findings.roundId, roundId), eq(findings.source, 'checker')))
      .all();
    const byKey = new Map(old.map((f) => [checkerKey(f.quote, f.category ?? ''), f]));
    const kept = new Set<string>();
    let position = tx.select().from(findings).where(eq(findings.roundId, roundId)).all().length;
    for (const item of items) {
      const prior = byKey.get(item.key);
      if (prior && !kept.has(prior.id)) {
        kept.add(prior.id);
        tx.update(findings)
          .set({
            description: item.description,
            anchor: item.anchor,
            citedStart: item.anchor.startLine,
            citedEnd: item.anchor.endLine,
            updatedAt: now,
          })
          .where(eq(findings.id, prior.id))
          .run();
        continue;
      }
      tx.insert(findings)
        .values({
          id: newId(),
          roundId,
          runId: null,
          position: position++,
          severity: item.severity,
          quote: item.quote,
          description: item.description,
          suggestion: '',
          category: item.category,
          citedStart: item.anchor.startLine,
          citedEnd: item.anchor.endLine,
          anchor: item.anchor,
          decision: inherited.get(item.key)?.decision ?? 'pending',
          note: inherited.get(item.key)?.note ?? '',
          source: 'checker',
          createdAt: now,
          updatedAt: now,
        })
        .run();
    }
    const gone = old.filter((f) => !kept.has(f.id)).map((f) => f.id);
    if (gone.length) tx.delete(findings).where(inArray(findings.id, gone)).run();
    tx.insert(roundChecks)
      .values({ roundId, ...check })
      .onConflictDoUpdate({ target: roundChecks.roundId, set: { ...check } })
      .run();
  });
}

/** The stored checks of some rounds, by round id. */
export async function readRoundChecks(roundIds: string[]): Promise<Map<string, RoundCheck>> {
  if (roundIds.length === 0) return new Map();
  const rows = getDb()
    .select()
    .from(roundChecks)
    .where(inArray(roundChecks.roundId, roundIds))
    .all();
  return new Map(
    rows.map((r) => [
      r.roundId,
      {
        stats: r.stats as CheckerStats,
        relations: r.relations as CheckedRelation[],
        proof: r.proof,
        checkedAt: r.checkedAt,
      },
    ]),
  );
}

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
