import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Anchor, ParsedFinding } from '@/lib/schemas';
import { getDb } from '../client';
import { newId } from '../ids';
import {
  findingSupport,
  findings,
  rounds,
  runs,
  sampleFindings,
  verificationSamples,
  verifications,
} from '../schema';
import { replacedByVerification } from './findings';

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
  const db = getDb();
  const now = Date.now();
  db.transaction((tx) => {
    tx.delete(findings).where(replacedByVerification(input.roundId)).run();
    let position = tx
      .select()
      .from(findings)
      .where(eq(findings.roundId, input.roundId))
      .all().length;
    const supported = new Set<string>();
    for (const m of input.merged) {
      let findingId = m.keptId;
      if (!findingId && m.finding) {
        findingId = newId();
        const f = m.finding;
        tx.insert(findings)
          .values({
            id: findingId,
            roundId: input.roundId,
            runId: input.runId,
            position: position++,
            severity: f.severity,
            quote: f.quote,
            description: f.description,
            suggestion: f.suggestion,
            category: f.category ?? null,
            citedStart: f.lines?.start ?? null,
            citedEnd: f.lines?.end ?? null,
            anchor: f.anchor,
            carriedFromId: f.carriedFromId ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .run();
      }
      if (!findingId) continue;
      supported.add(findingId);
      writeSupport(tx, findingId, input.verificationId, m.foundBy, input.sampleCount);
      if (m.sampleFindingIds.length) {
        tx.update(sampleFindings)
          .set({ findingId })
          .where(inArray(sampleFindings.id, m.sampleFindingIds))
          .run();
      }
    }
    // A decided finding no sample raised again: "found by 0 of n" in this verification.
    for (const id of input.keptIds) {
      if (!supported.has(id)) writeSupport(tx, id, input.verificationId, 0, input.sampleCount);
    }
    tx.update(verifications)
      .set({ completedAt: now, sampleCount: input.sampleCount })
      .where(eq(verifications.id, input.verificationId))
      .run();
    tx.update(rounds)
      .set({ score: input.score, updatedAt: now })
      .where(eq(rounds.id, input.roundId))
      .run();
  });
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>['transaction']>[0]>[0];

function writeSupport(
  tx: Tx,
  findingId: string,
  verificationId: string,
  foundBy: number,
  n: number,
) {
  tx.insert(findingSupport)
    .values({ findingId, verificationId, foundBy, sampleCount: n })
    .onConflictDoUpdate({
      target: findingSupport.findingId,
      set: { verificationId, foundBy, sampleCount: n },
    })
    .run();
}

/**
 * A round verified by a single request (issue 2's path) has no sample rows: this records
 * that run's report as a one-sample verification, with its findings as the sample's own,
 * so meta-verification and the score views treat both paths alike.
 */
export async function adoptSingleVerification(roundId: string): Promise<string | null> {
  const db = getDb();
  const run = db
    .select()
    .from(runs)
    .where(and(eq(runs.roundId, roundId), eq(runs.kind, 'verify'), eq(runs.status, 'succeeded')))
    .orderBy(desc(runs.createdAt))
    .limit(1)
    .get();
  if (!run) return null;
  const round = db.select().from(rounds).where(eq(rounds.id, roundId)).get();
  const own = db.select().from(findings).where(eq(findings.runId, run.id)).all();
  const verificationId = newId();
  const sampleId = newId();
  db.transaction((tx) => {
    tx.insert(verifications)
      .values({
        id: verificationId,
        roundId,
        runId: run.id,
        sampleCount: 1,
        createdAt: run.createdAt,
        completedAt: run.finishedAt,
      })
      .run();
    tx.insert(verificationSamples)
      .values({
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
      })
      .run();
    for (const f of own) {
      tx.insert(sampleFindings)
        .values({
          id: newId(),
          sampleId,
          findingId: f.id,
          position: f.position,
          severity: f.severity,
          quote: f.quote,
          description: f.description,
          suggestion: f.suggestion,
          anchor: f.anchor,
        })
        .run();
      writeSupport(tx, f.id, verificationId, 1, 1);
    }
  });
  return verificationId;
}
