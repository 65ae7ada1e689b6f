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
import { type Conn, conn } from '../conn';
import { newId } from '../ids';
import { first } from '../rows';
import { durableTransaction, transaction } from '../transaction';
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
 * (`nodeId`) are replaced only by the next verification of that part. `on` is the
 * connection the delete runs on (its tables render the backend's SQL).
 */
export const replacedByVerification = (roundId: string, { db, t }: Pick<Conn, 'db' | 't'>) =>
  and(
    eq(t.findings.roundId, roundId),
    isNull(t.findings.nodeId),
    eq(t.findings.decision, 'pending'),
    eq(t.findings.source, 'verifier'),
    notExists(
      db
        .select({ id: t.findingReplies.id })
        .from(t.findingReplies)
        .where(eq(t.findingReplies.findingId, t.findings.id)),
    ),
  );

/** What a verification keeps as it was: decided, answered, or written by a person. */
export const keptByVerification = (f: Finding) =>
  f.decision !== 'pending' || f.source === 'person' || f.replies.length > 0;

/** How many findings a round has (where the next one is positioned), inside the caller's transaction. */
async function findingCount(roundId: string): Promise<number> {
  const { db, t } = await conn();
  const rows = await db
    .select({ id: t.findings.id })
    .from(t.findings)
    .where(eq(t.findings.roundId, roundId));
  return rows.length;
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
  await transaction('verification', async (tx) => {
    const { t } = await conn();
    await tx.delete(t.findings).where(replacedByVerification(input.roundId, { db: tx, t }));
    const rows = findingRows(
      input.roundId,
      input.runId,
      input.items,
      await findingCount(input.roundId),
    );
    if (rows.length) await tx.insert(t.findings).values(rows);
    await tx
      .update(t.rounds)
      .set({ score: input.score, updatedAt: Date.now() })
      .where(eq(t.rounds.id, input.roundId));
  });
}

/**
 * Findings carried into a new round (or imported) without touching the round's score. A
 * carried finding takes its thread along.
 */
export async function addFindings(roundId: string, runId: string | null, items: NewFinding[]) {
  await transaction('findings', async (tx) => {
    const { t } = await conn();
    const rows = findingRows(roundId, runId, items, await findingCount(roundId));
    if (!rows.length) return;
    await tx.insert(t.findings).values(rows);
    await copyReplies(
      rows.flatMap((r) => (r.carriedFromId ? [{ from: r.carriedFromId, to: r.id }] : [])),
    );
  });
}

export async function getFinding(id: string): Promise<Finding | undefined> {
  const { db, t } = await conn();
  const row = await first(db.select().from(t.findings).where(eq(t.findings.id, id)).limit(1));
  return row ? toFinding(row, (await readReplies([id])).get(id)) : undefined;
}

export async function setDecision(id: string, decision: Decision, note?: string): Promise<Finding> {
  // A person's decision (and override note) must survive power loss once acknowledged.
  await durableTransaction('decision', async (tx) => {
    const { t } = await conn();
    await tx
      .update(t.findings)
      .set({ decision, ...(note !== undefined ? { note } : {}), updatedAt: Date.now() })
      .where(eq(t.findings.id, id));
  });
  return (await getFinding(id)) as Finding;
}

/** Findings of a round that were not dismissed: what a refinement must address. */
export async function listActionableFindings(roundId: string): Promise<Finding[]> {
  const { db, t } = await conn();
  const rows = await db
    .select()
    .from(t.findings)
    .where(and(eq(t.findings.roundId, roundId), ne(t.findings.decision, 'dismissed')))
    .orderBy(t.findings.position);
  const replies = await readReplies(rows.map((f) => f.id));
  return rows.map((f) => toFinding(f, replies.get(f.id)));
}

/** Each finding of a round with its anchor and the finding it was carried from. */
export async function listRoundAnchors(
  roundId: string,
): Promise<{ id: string; carriedFromId: string | null; anchor: Anchor | null }[]> {
  const { db, t } = await conn();
  const rows = await db
    .select({
      id: t.findings.id,
      carriedFromId: t.findings.carriedFromId,
      anchor: t.findings.anchor,
    })
    .from(t.findings)
    .where(eq(t.findings.roundId, roundId))
    .orderBy(t.findings.position);
  return rows.map((r) => ({ ...r, anchor: (r.anchor as Anchor | null) ?? null }));
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
  await durableTransaction('hand edit', async (tx) => {
    const { t } = await conn();
    await tx.update(t.rounds).set({ proof, updatedAt: Date.now() }).where(eq(t.rounds.id, roundId));
    for (const p of placements) {
      const row = await first(
        tx.select().from(t.findings).where(eq(t.findings.id, p.findingId)).limit(1),
      );
      if (!row || row.roundId !== roundId || !row.anchor) continue;
      const { findingId: _id, ...placed } = p;
      await tx
        .update(t.findings)
        .set({ anchor: { ...(row.anchor as Anchor), ...placed }, updatedAt: Date.now() })
        .where(eq(t.findings.id, p.findingId));
    }
  });
}
