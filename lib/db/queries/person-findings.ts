import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Anchor, Finding, FindingContent, Severity } from '@/lib/schemas';
import { conn } from '../conn';
import { newId } from '../ids';
import { first } from '../rows';
import { durableTransaction } from '../transaction';
import { getFinding } from './findings';

/**
 * The refined round made from this round's findings, if any. A person's finding can be
 * edited or deleted until then: after it, the model has read it.
 */
export async function refinedFrom(roundId: string): Promise<{ index: number } | undefined> {
  const { db, t } = await conn();
  return first(
    db
      .select({ index: t.rounds.index })
      .from(t.rounds)
      .where(and(eq(t.rounds.parentRoundId, roundId), eq(t.rounds.origin, 'refine')))
      .limit(1),
  );
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
  await durableTransaction('person finding', async (tx) => {
    const { t } = await conn();
    const { next } = (await first(
      tx
        .select({ next: sql<number>`coalesce(max(${t.findings.position}), -1) + 1` })
        .from(t.findings)
        .where(eq(t.findings.roundId, input.roundId)),
    )) ?? { next: 0 };
    await tx.insert(t.findings).values({
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
    });
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
  await durableTransaction('finding edit', async (tx) => {
    const { t } = await conn();
    await tx
      .update(t.findings)
      .set({ ...set, updatedAt: Date.now() })
      .where(eq(t.findings.id, id));
  });
}

/** Deletes a finding and its thread (replies cascade). */
export async function deleteFindingRow(id: string): Promise<void> {
  await durableTransaction('finding delete', async (tx) => {
    const { t } = await conn();
    await tx.delete(t.findings).where(eq(t.findings.id, id));
  });
}
