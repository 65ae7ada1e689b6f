import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Anchor, ParsedFinding } from '@/lib/schemas';
import { conn } from '../conn';
import { newId } from '../ids';
import { first } from '../rows';
import { transaction } from '../transaction';
import { findingRows, replacedByVerification } from './findings';

/** A finding row for a merged finding (the caller has chosen its wording and anchor). */
export type MergedRow = {
  keptId: string | null;
  finding: (ParsedFinding & { anchor: Anchor | null; carriedFromId?: string | null }) | null;
  sampleFindingIds: string[];
  foundBy: number;
};

/**
 * Stores a many-sample verification of a round: undecided findings from earlier
 * verifications are replaced by the merged ones, decided findings are kept (a person's
 * decision is never thrown away) and get the new support counts; each sample's wording
 * links to the merged finding; the round gets its score. One transaction.
 */
export async function recordMergedVerification(input: {
  roundId: string;
  verificationId: string;
  runId: string | null;
  sampleCount: number;
  score: number | null;
  merged: MergedRow[];
  keptIds: string[];
}): Promise<void> {
  const now = Date.now();
  await transaction('merged verification', async (tx) => {
    const { t } = await conn();
    await tx.delete(t.findings).where(replacedByVerification(input.roundId, { db: tx, t }));
    let position = (
      await tx
        .select({ id: t.findings.id })
        .from(t.findings)
        .where(eq(t.findings.roundId, input.roundId))
    ).length;
    const supported = new Set<string>();
    for (const m of input.merged) {
      let findingId = m.keptId;
      if (!findingId && m.finding) {
        const [row] = findingRows(input.roundId, input.runId, [m.finding], position++);
        findingId = row.id;
        await tx.insert(t.findings).values(row);
      }
      if (!findingId) continue;
      supported.add(findingId);
      await writeSupport(findingId, input.verificationId, m.foundBy, input.sampleCount);
      if (m.sampleFindingIds.length) {
        await tx
          .update(t.sampleFindings)
          .set({ findingId })
          .where(inArray(t.sampleFindings.id, m.sampleFindingIds));
      }
    }
    // A decided finding no sample raised again: "found by 0 of n" in this verification.
    for (const id of input.keptIds) {
      if (!supported.has(id)) await writeSupport(id, input.verificationId, 0, input.sampleCount);
    }
    await tx
      .update(t.verifications)
      .set({ completedAt: now, sampleCount: input.sampleCount })
      .where(eq(t.verifications.id, input.verificationId));
    await tx
      .update(t.rounds)
      .set({ score: input.score, updatedAt: now })
      .where(eq(t.rounds.id, input.roundId));
  });
}

/** A finding's support in its latest verification (inside the caller's transaction). */
async function writeSupport(findingId: string, verificationId: string, foundBy: number, n: number) {
  const { db, t } = await conn();
  await db
    .insert(t.findingSupport)
    .values({ findingId, verificationId, foundBy, sampleCount: n })
    .onConflictDoUpdate({
      target: t.findingSupport.findingId,
      set: { verificationId, foundBy, sampleCount: n },
    });
}

/**
 * A round verified by a single request (issue 2's path) has no sample rows: this records
 * that run's report as a one-sample verification, with its findings as the sample's own,
 * so meta-verification and the score views treat both paths alike.
 */
export async function adoptSingleVerification(roundId: string): Promise<string | null> {
  return transaction('adopt verification', async (tx) => {
    const { t } = await conn();
    const run = await first(
      tx
        .select()
        .from(t.runs)
        .where(
          and(
            eq(t.runs.roundId, roundId),
            eq(t.runs.kind, 'verify'),
            eq(t.runs.status, 'succeeded'),
          ),
        )
        .orderBy(desc(t.runs.createdAt))
        .limit(1),
    );
    if (!run) return null;
    const round = await first(tx.select().from(t.rounds).where(eq(t.rounds.id, roundId)).limit(1));
    const own = await tx.select().from(t.findings).where(eq(t.findings.runId, run.id));
    const verificationId = newId();
    const sampleId = newId();
    await tx.insert(t.verifications).values({
      id: verificationId,
      roundId,
      runId: run.id,
      sampleCount: 1,
      createdAt: run.createdAt,
      completedAt: run.finishedAt,
    });
    await tx.insert(t.verificationSamples).values({
      id: sampleId,
      verificationId,
      idx: 0,
      status: 'succeeded',
      score: round?.score ?? null,
      text: run.text,
      reasoning: run.reasoning,
      usage: run.usage,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
    });
    for (const f of own) {
      await tx.insert(t.sampleFindings).values({
        id: newId(),
        sampleId,
        findingId: f.id,
        position: f.position,
        severity: f.severity,
        quote: f.quote,
        description: f.description,
        suggestion: f.suggestion,
        anchor: f.anchor,
      });
      await writeSupport(f.id, verificationId, 1, 1);
    }
    return verificationId;
  });
}
