import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Decision, FindingReply } from '@/lib/schemas';
import { type Db, durableWrite, getDb } from '../client';
import { newId } from '../ids';
import { findingReplies, findings } from '../schema';
import { repliesByFinding, toReply } from './mappers';

/** The threads of these findings, each oldest first. */
export function readReplies(db: Db, findingIds: string[]): Map<string, FindingReply[]> {
  if (!findingIds.length) return new Map();
  const rows = db
    .select()
    .from(findingReplies)
    .where(inArray(findingReplies.findingId, findingIds))
    .orderBy(asc(findingReplies.createdAt), asc(findingReplies.id))
    .all();
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
  await durableWrite('reply', (tx) => {
    tx.insert(findingReplies).values(row).run();
    if (input.decision) {
      const note = input.decision === 'overridden' ? { note: input.text } : {};
      tx.update(findings)
        .set({ decision: input.decision, ...note, updatedAt: now })
        .where(eq(findings.id, input.findingId))
        .run();
    }
  });
  return toReply(row);
}

/** A carried finding takes its origin's thread along (new ids, same words and times). */
export function copyReplies(db: Db, pairs: { from: string; to: string }[]): void {
  const threads = readReplies(
    db,
    pairs.map((p) => p.from),
  );
  for (const { from, to } of pairs) {
    const thread = threads.get(from) ?? [];
    if (!thread.length) continue;
    db.insert(findingReplies)
      .values(
        thread.map((r) => ({
          id: newId(),
          findingId: to,
          text: r.text,
          author: r.author,
          decision: r.decision,
          createdAt: r.createdAt,
        })),
      )
      .run();
  }
}

/** Every reply of a session's findings, for the JSON export (findings' ids in `ids`). */
export function repliesOf(findingIds: string[]): Map<string, FindingReply[]> {
  return readReplies(getDb(), findingIds);
}
