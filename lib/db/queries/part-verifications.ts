import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Anchor, ParsedFinding } from '@/lib/schemas';
import { conn } from '../conn';
import { newId } from '../ids';
import { transaction } from '../transaction';
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
  const now = Date.now();
  await transaction('part verification', async (tx) => {
    const { t } = await conn();
    const ofPart = and(eq(t.findings.roundId, input.roundId), eq(t.findings.nodeId, input.nodeId));
    const answered = (
      await tx
        .select({ id: t.findingReplies.findingId })
        .from(t.findingReplies)
        .innerJoin(t.findings, eq(t.findings.id, t.findingReplies.findingId))
        .where(ofPart)
    ).map((r) => r.id);
    const stale = (
      await tx
        .select({ id: t.findings.id })
        .from(t.findings)
        .where(and(ofPart, eq(t.findings.decision, 'pending'), eq(t.findings.source, 'verifier')))
    )
      .map((r) => r.id)
      .filter((id) => !answered.includes(id));
    if (stale.length) await tx.delete(t.findings).where(inArray(t.findings.id, stale));
    const start = (
      await tx
        .select({ id: t.findings.id })
        .from(t.findings)
        .where(eq(t.findings.roundId, input.roundId))
    ).length;
    const rows = findingRows(
      input.roundId,
      input.runId,
      input.items.map((f) => ({ ...f, source: 'verifier' as const, nodeId: input.nodeId })),
      start,
    );
    if (rows.length) await tx.insert(t.findings).values(rows);
    await tx.insert(t.partVerifications).values({
      id: newId(),
      roundId: input.roundId,
      nodeId: input.nodeId,
      runId: input.runId,
      score: input.score,
      createdAt: now,
    });
  });
}

/** Each round's parts' latest scores, by node id (rounds without part verifications absent). */
export async function partScoresOf(
  roundIds: string[],
): Promise<Map<string, Record<string, number | null>>> {
  const out = new Map<string, Record<string, number | null>>();
  if (!roundIds.length) return out;
  const { db, t } = await conn();
  const rows = await db
    .select()
    .from(t.partVerifications)
    .where(inArray(t.partVerifications.roundId, roundIds))
    .orderBy(asc(t.partVerifications.createdAt));
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
  await transaction('part verifications copy', async (tx) => {
    const { t } = await conn();
    const rows = await tx
      .select()
      .from(t.partVerifications)
      .where(
        and(
          eq(t.partVerifications.roundId, fromRoundId),
          inArray(t.partVerifications.nodeId, nodeIds),
        ),
      )
      .orderBy(asc(t.partVerifications.createdAt));
    const latest = new Map(rows.map((r) => [r.nodeId, r]));
    const copies = [...latest.values()].map((r) => ({ ...r, id: newId(), roundId: toRoundId }));
    if (copies.length) await tx.insert(t.partVerifications).values(copies);
  });
}
