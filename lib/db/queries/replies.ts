import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Decision, FindingReply } from '@/lib/schemas';
import { conn } from '../conn';
import { newId } from '../ids';
import { durableTransaction } from '../transaction';
import { repliesByFinding, toReply } from './mappers';

/** The threads of these findings, each oldest first (inside the caller's transaction, if any). */
export async function readReplies(findingIds: string[]): Promise<Map<string, FindingReply[]>> {
  if (!findingIds.length) return new Map();
  const { db, t } = await conn();
  const rows = await db
    .select()
    .from(t.findingReplies)
    .where(inArray(t.findingReplies.findingId, findingIds))
    .orderBy(asc(t.findingReplies.createdAt), asc(t.findingReplies.id));
  return repliesByFinding(rows);
}

/**
 * A reply under a finding, and the decision it sets (an override takes the reply as its
 * note), in one durable transaction: the thread and the decision never disagree.
 */
export async function addReply(input: {
  findingId: string;
  text: string;
  author: string | null;
  decision?: Decision;
}): Promise<FindingReply> {
  const now = Date.now();
  const row = {
    id: newId(),
    findingId: input.findingId,
    text: input.text,
    author: input.author,
    decision: input.decision ?? null,
    createdAt: now,
  };
  await durableTransaction('reply', async (tx) => {
    const { t } = await conn();
    await tx.insert(t.findingReplies).values(row);
    if (input.decision) {
      const note = input.decision === 'overridden' ? { note: input.text } : {};
      await tx
        .update(t.findings)
        .set({ decision: input.decision, ...note, updatedAt: now })
        .where(eq(t.findings.id, input.findingId));
    }
  });
  return toReply(row);
}

/**
 * A carried finding takes its origin's thread along (new ids, same words and times). Run it
 * inside the transaction that inserts the carried findings.
 */
export async function copyReplies(pairs: { from: string; to: string }[]): Promise<void> {
  const threads = await readReplies(pairs.map((p) => p.from));
  const rows = pairs.flatMap(({ from, to }) =>
    (threads.get(from) ?? []).map((r) => ({
      id: newId(),
      findingId: to,
      text: r.text,
      author: r.author,
      decision: r.decision,
      createdAt: r.createdAt,
    })),
  );
  if (!rows.length) return;
  const { db, t } = await conn();
  await db.insert(t.findingReplies).values(rows);
}
