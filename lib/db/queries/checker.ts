import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Anchor, CheckedRelation, CheckerStats } from '@/lib/schemas';
import { conn } from '../conn';
import { newId } from '../ids';
import { transaction } from '../transaction';

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
  const now = Date.now();
  await transaction('checker', async (tx) => {
    const { t } = await conn();
    const findings = t.findings;
    const old = await tx
      .select()
      .from(findings)
      .where(and(eq(findings.roundId, roundId), eq(findings.source, 'checker')));
    const byKey = new Map(old.map((f) => [checkerKey(f.quote, f.category ?? ''), f]));
    const kept = new Set<string>();
    let position = (
      await tx.select({ id: findings.id }).from(findings).where(eq(findings.roundId, roundId))
    ).length;
    for (const item of items) {
      const prior = byKey.get(item.key);
      if (prior && !kept.has(prior.id)) {
        kept.add(prior.id);
        await tx
          .update(findings)
          .set({
            description: item.description,
            anchor: item.anchor,
            citedStart: item.anchor.startLine,
            citedEnd: item.anchor.endLine,
            updatedAt: now,
          })
          .where(eq(findings.id, prior.id));
        continue;
      }
      await tx.insert(findings).values({
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
      });
    }
    const gone = old.filter((f) => !kept.has(f.id)).map((f) => f.id);
    if (gone.length) await tx.delete(findings).where(inArray(findings.id, gone));
    await tx
      .insert(t.roundChecks)
      .values({ roundId, ...check })
      .onConflictDoUpdate({ target: t.roundChecks.roundId, set: { ...check } });
  });
}

/** The stored checks of some rounds, by round id. */
export async function readRoundChecks(roundIds: string[]): Promise<Map<string, RoundCheck>> {
  if (roundIds.length === 0) return new Map();
  const { db, t } = await conn();
  const rows = await db
    .select()
    .from(t.roundChecks)
    .where(inArray(t.roundChecks.roundId, roundIds));
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

/** Only the counts of some rounds' stored checks (a session's view), by round id. */
export async function readRoundCheckStats(
  roundIds: string[],
): Promise<Map<string, { stats: CheckerStats; checkedAt: number }>> {
  if (roundIds.length === 0) return new Map();
  const { db, t } = await conn();
  const rows = await db
    .select({
      roundId: t.roundChecks.roundId,
      stats: t.roundChecks.stats,
      checkedAt: t.roundChecks.checkedAt,
    })
    .from(t.roundChecks)
    .where(inArray(t.roundChecks.roundId, roundIds));
  return new Map(
    rows.map((r) => [r.roundId, { stats: r.stats as CheckerStats, checkedAt: r.checkedAt }]),
  );
}
