import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Anchor, Finding, FindingContent, Severity } from '@/lib/schemas';
import { durableWrite, getDb } from '../client';
import { newId } from '../ids';
import { findings, rounds } from '../schema';
import { getFinding } from './findings';

/**
 * The refined round made from this round's findings, if any. A person's finding can be
 * edited or deleted until then: after it, the model has read it.
 */
export async function refinedFrom(roundId: string): Promise<{ index: number } | undefined> {
  return getDb()
    .select({ index: rounds.index })
    .from(rounds)
    .where(and(eq(rounds.parentRoundId, roundId), eq(rounds.origin, 'refine')))
    .limit(1)
    .get();
}

/**
 * A person's finding on a round, anchored exactly on what they selected. Accepted from the
 * start: the person who wrote it wants it fixed, so the next Refine sends it.
 */
export async function insertPersonFinding(input: {
  roundId: string;
  severity: Severity;
  category: string | null;
  description: string;
  suggestion: string;
  quote: string;
  anchor: Anchor;
}): Promise<Finding> {
  const id = newId();
  const now = Date.now();
  await durableWrite('person finding', (tx) => {
    const { next } = tx
      .select({ next: sql<number>`coalesce(max(${findings.position}), -1) + 1` })
      .from(findings)
      .where(eq(findings.roundId, input.roundId))
      .get() ?? { next: 0 };
    tx.insert(findings)
      .values({
        id,
        roundId: input.roundId,
        runId: null,
        position: next,
        severity: input.severity,
        quote: input.quote,
        description: input.description,
        suggestion: input.suggestion,
        category: input.category,
        citedStart: input.anchor.startLine,
        citedEnd: input.anchor.endLine,
        anchor: input.anchor,
        decision: 'accepted',
        note: '',
        source: 'person',
        createdAt: now,
        updatedAt: now,
      })
      .run();
  });
  return (await getFinding(id)) as Finding;
}

/** New wording for a person's finding (the caller checked it may still change). */
export async function updateFindingContent(
  id: string,
  content: Partial<FindingContent>,
): Promise<void> {
  const set = Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined));
  if (!Object.keys(set).length) return;
  await durableWrite('finding edit', (tx) =>
    tx
      .update(findings)
      .set({ ...set, updatedAt: Date.now() })
      .where(eq(findings.id, id))
      .run(),
  );
}

/** Deletes a finding and its thread (replies cascade). */
export async function deleteFindingRow(id: string): Promise<void> {
  await durableWrite('finding delete', (tx) =>
    tx.delete(findings).where(eq(findings.id, id)).run(),
  );
}
