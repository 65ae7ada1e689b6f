import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { Anchor, Decision, Finding, LivePlacement, ParsedFinding } from '@/lib/schemas';
import { durableWrite, getDb } from '../client';
import { newId } from '../ids';
import { findings, rounds } from '../schema';
import { toFinding } from './mappers';

export type NewFinding = ParsedFinding & {
  anchor: Anchor | null;
  decision?: Decision;
  note?: string;
  carriedFromId?: string | null;
};

function rowsFor(roundId: string, runId: string | null, items: NewFinding[], start: number) {
  const now = Date.now();
  return items.map((f, i) => ({
    id: newId(),
    roundId,
    runId,
    position: start + i,
    severity: f.severity,
    quote: f.quote,
    description: f.description,
    suggestion: f.suggestion,
    category: f.category ?? null,
    citedStart: f.lines?.start ?? null,
    citedEnd: f.lines?.end ?? null,
    anchor: f.anchor,
    decision: f.decision ?? 'pending',
    note: f.note ?? '',
    carriedFromId: f.carriedFromId ?? null,
    createdAt: now,
    updatedAt: now,
  }));
}

/**
 * Records one verification of a round: its score and findings. Findings still pending from
 * earlier verifications of the same round are replaced; decided ones are kept, because a
 * person's decision is never thrown away.
 */
export async function recordVerification(input: {
  roundId: string;
  runId: string;
  score: number | null;
  items: NewFinding[];
}): Promise<void> {
  const db = getDb();
  db.transaction((tx) => {
    tx.delete(findings)
      .where(and(eq(findings.roundId, input.roundId), eq(findings.decision, 'pending')))
      .run();
    const kept = tx.select().from(findings).where(eq(findings.roundId, input.roundId)).all();
    const rows = rowsFor(input.roundId, input.runId, input.items, kept.length);
    if (rows.length) tx.insert(findings).values(rows).run();
    tx.update(rounds)
      .set({ score: input.score, updatedAt: Date.now() })
      .where(eq(rounds.id, input.roundId))
      .run();
  });
}

/** Findings carried into a new round (or imported) without touching the round's score. */
export async function addFindings(roundId: string, runId: string | null, items: NewFinding[]) {
  const db = getDb();
  db.transaction((tx) => {
    const count = tx.select().from(findings).where(eq(findings.roundId, roundId)).all().length;
    const rows = rowsFor(roundId, runId, items, count);
    if (rows.length) tx.insert(findings).values(rows).run();
  });
}

export async function getFinding(id: string): Promise<Finding | undefined> {
  const row = getDb().select().from(findings).where(eq(findings.id, id)).get();
  return row ? toFinding(row) : undefined;
}

export async function setDecision(id: string, decision: Decision, note?: string): Promise<Finding> {
  // A person's decision (and override note) must survive power loss once acknowledged.
  await durableWrite('decision', (tx) =>
    tx
      .update(findings)
      .set({ decision, ...(note !== undefined ? { note } : {}), updatedAt: Date.now() })
      .where(eq(findings.id, id))
      .run(),
  );
  return (await getFinding(id)) as Finding;
}

/** Findings of a round that were not dismissed: what a refinement must address. */
export async function listActionableFindings(roundId: string): Promise<Finding[]> {
  return getDb()
    .select()
    .from(findings)
    .where(and(eq(findings.roundId, roundId), ne(findings.decision, 'dismissed')))
    .all()
    .map(toFinding);
}

/**
 * Saves a person's edit of a proof together with where the editor now draws each finding,
 * in one transaction, so a reload shows the findings where the person last saw them.
 */
export async function saveProofWithPlacements(
  roundId: string,
  proof: string,
  placements: LivePlacement[],
): Promise<void> {
  await durableWrite('hand edit', (tx) => {
    tx.update(rounds).set({ proof, updatedAt: Date.now() }).where(eq(rounds.id, roundId)).run();
    for (const p of placements) {
      const row = tx.select().from(findings).where(eq(findings.id, p.findingId)).get();
      if (!row || row.roundId !== roundId || !row.anchor) continue;
      const { findingId: _id, ...placed } = p;
      tx.update(findings)
        .set({ anchor: { ...(row.anchor as Anchor), ...placed }, updatedAt: Date.now() })
        .where(eq(findings.id, p.findingId))
        .run();
    }
  });
}
