import 'server-only';
import { and, eq, isNull, ne, notExists } from 'drizzle-orm';
import type {
  Anchor,
  Decision,
  Finding,
  FindingSource,
  LivePlacement,
  ParsedFinding,
} from '@/lib/schemas';
import { durableWrite, getDb } from '../client';
import { newId } from '../ids';
import { findingReplies, findings, rounds } from '../schema';
import { toFinding } from './mappers';
import { copyReplies, readReplies } from './replies';

export type NewFinding = ParsedFinding & {
  anchor: Anchor | null;
  decision?: Decision;
  note?: string;
  carriedFromId?: string | null;
  /** `verifier` unless told (a carried person's finding stays the person's). */
  source?: FindingSource;
  /** The outline node a part verification raised it on. */
  nodeId?: string | null;
};

/** The rows of new findings of a round, positioned from `start` (one shape for every writer). */
export function findingRows(
  roundId: string,
  runId: string | null,
  items: NewFinding[],
  start: number,
) {
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
    source: f.source ?? 'verifier',
    nodeId: f.nodeId ?? null,
    createdAt: now,
    updatedAt: now,
  }));
}

/**
 * The findings a new verification of a round replaces: the verifier's undecided ones that
 * nobody answered. A person's decision is never thrown away, nor their finding or reply;
 * the checker's findings are the checker's to replace, and a part verification's findings
 * (`nodeId`) are replaced only by the next verification of that part.
 */
export const replacedByVerification = (roundId: string) =>
  and(
    eq(findings.roundId, roundId),
    isNull(findings.nodeId),
    eq(findings.decision, 'pending'),
    eq(findings.source, 'verifier'),
    notExists(
      getDb()
        .select({ id: findingReplies.id })
        .from(findingReplies)
        .where(eq(findingReplies.findingId, findings.id)),
    ),
  );

/** What a verification keeps as it was: decided, answered, or written by a person. */
export const keptByVerification = (f: Finding) =>
  f.decision !== 'pending' || f.source === 'person' || f.replies.length > 0;

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
    tx.delete(findings).where(replacedByVerification(input.roundId)).run();
    const kept = tx.select().from(findings).where(eq(findings.roundId, input.roundId)).all();
    const rows = findingRows(input.roundId, input.runId, input.items, kept.length);
    if (rows.length) tx.insert(findings).values(rows).run();
    tx.update(rounds)
      .set({ score: input.score, updatedAt: Date.now() })
      .where(eq(rounds.id, input.roundId))
      .run();
  });
}

/**
 * Findings carried into a new round (or imported) without touching the round's score. A
 * carried finding takes its thread along.
 */
export async function addFindings(roundId: string, runId: string | null, items: NewFinding[]) {
  const db = getDb();
  db.transaction((tx) => {
    const count = tx.select().from(findings).where(eq(findings.roundId, roundId)).all().length;
    const rows = findingRows(roundId, runId, items, count);
    if (!rows.length) return;
    tx.insert(findings).values(rows).run();
    copyReplies(
      tx as unknown as typeof db,
      rows.flatMap((r) => (r.carriedFromId ? [{ from: r.carriedFromId, to: r.id }] : [])),
    );
  });
}

export async function getFinding(id: string): Promise<Finding | undefined> {
  const db = getDb();
  const row = db.select().from(findings).where(eq(findings.id, id)).get();
  return row ? toFinding(row, readReplies(db, [id]).get(id)) : undefined;
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
  const db = getDb();
  const rows = db
    .select()
    .from(findings)
    .where(and(eq(findings.roundId, roundId), ne(findings.decision, 'dismissed')))
    .orderBy(findings.position)
    .all();
  const replies = readReplies(
    db,
    rows.map((f) => f.id),
  );
  return rows.map((f) => toFinding(f, replies.get(f.id)));
}

/** Each finding of a round with its anchor and the finding it was carried from. */
export async function listRoundAnchors(
  roundId: string,
): Promise<{ id: string; carriedFromId: string | null; anchor: Anchor | null }[]> {
  return getDb()
    .select({ id: findings.id, carriedFromId: findings.carriedFromId, anchor: findings.anchor })
    .from(findings)
    .where(eq(findings.roundId, roundId))
    .all()
    .map((r) => ({ ...r, anchor: (r.anchor as Anchor | null) ?? null }));
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
