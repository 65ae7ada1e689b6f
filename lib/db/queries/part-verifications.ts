import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Anchor, ParsedFinding } from '@/lib/schemas';
import { getDb } from '../client';
import { newId } from '../ids';
import { findingReplies, findings, partVerifications } from '../schema';
import { findingRows } from './findings';

export type PartFinding = ParsedFinding & { anchor: Anchor | null };

/**
 * Records one verification of a part (an outline node) of a round, in one transaction: the
 * part's earlier undecided, unanswered findings give way to the new ones (each stored with
 * the node's id), and the part's score is kept. Other findings and the round's score (the
 * whole proof's) are untouched.
 */
export async function recordPartVerification(input: {
  roundId: string;
  nodeId: string;
  runId: string;
  score: number | null;
  items: PartFinding[];
}): Promise<void> {
  const db = getDb();
  const now = Date.now();
  db.transaction((tx) => {
    const answered = tx
      .select({ id: findingReplies.findingId })
      .from(findingReplies)
      .innerJoin(findings, eq(findings.id, findingReplies.findingId))
      .where(and(eq(findings.roundId, input.roundId), eq(findings.nodeId, input.nodeId)))
      .all()
      .map((r) => r.id);
    const stale = tx
      .select({ id: findings.id })
      .from(findings)
      .where(
        and(
          eq(findings.roundId, input.roundId),
          eq(findings.nodeId, input.nodeId),
          eq(findings.decision, 'pending'),
          eq(findings.source, 'verifier'),
        ),
      )
      .all()
      .map((r) => r.id)
      .filter((id) => !answered.includes(id));
    if (stale.length) tx.delete(findings).where(inArray(findings.id, stale)).run();
    const start = tx
      .select({ id: findings.id })
      .from(findings)
      .where(eq(findings.roundId, input.roundId))
      .all().length;
    const rows = findingRows(
      input.roundId,
      input.runId,
      input.items.map((f) => ({ ...f, source: 'verifier' as const, nodeId: input.nodeId })),
      start,
    );
    if (rows.length) tx.insert(findings).values(rows).run();
    tx.insert(partVerifications)
      .values({
        id: newId(),
        roundId: input.roundId,
        nodeId: input.nodeId,
        runId: input.runId,
        score: input.score,
        createdAt: now,
      })
      .run();
  });
}

/** Each round's parts' latest scores, by node id (rounds without part verifications absent). */
export async function partScoresOf(
  roundIds: string[],
): Promise<Map<string, Record<string, number | null>>> {
  const out = new Map<string, Record<string, number | null>>();
  if (!roundIds.length) return out;
  const rows = getDb()
    .select()
    .from(partVerifications)
    .where(inArray(partVerifications.roundId, roundIds))
    .orderBy(asc(partVerifications.createdAt))
    .all();
  // Oldest first: a later verification of the same part overwrites the earlier score.
  for (const r of rows) out.set(r.roundId, { ...out.get(r.roundId), [r.nodeId]: r.score });
  return out;
}

/**
 * Copies the latest verification of each of `nodeIds` from one round to another (a round made
 * from it), keeping its run, score and time: the part reads the same there, so what was found
 * of it still holds. A later verification of the part on the new round wins as usual.
 */
export async function copyPartVerifications(
  fromRoundId: string,
  toRoundId: string,
  nodeIds: string[],
): Promise<void> {
  if (!nodeIds.length) return;
  const db = getDb();
  db.transaction((tx) => {
    const rows = tx
      .select()
      .from(partVerifications)
      .where(
        and(eq(partVerifications.roundId, fromRoundId), inArray(partVerifications.nodeId, nodeIds)),
      )
      .orderBy(asc(partVerifications.createdAt))
      .all();
    const latest = new Map(rows.map((r) => [r.nodeId, r]));
    for (const r of latest.values())
      tx.insert(partVerifications)
        .values({ ...r, id: newId(), roundId: toRoundId })
        .run();
  });
}
