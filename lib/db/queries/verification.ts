import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { TokenUsage } from '@/lib/model/types';
import type { Anchor, Finding, ParsedFinding } from '@/lib/schemas';
import { conn } from '../conn';
import { newId } from '../ids';
import { first } from '../rows';
import type { findingSupport, sampleFindings, verificationSamples, verifications } from '../schema';
import { transaction } from '../transaction';
import { toFinding } from './mappers';
import { readReplies } from './replies';

export type VerificationRow = typeof verifications.$inferSelect;
export type SampleRow = typeof verificationSamples.$inferSelect;
export type SampleFindingRow = typeof sampleFindings.$inferSelect;
export type SupportRow = typeof findingSupport.$inferSelect;

export async function createVerification(input: {
  roundId: string;
  runId: string | null;
  sampleCount: number;
}): Promise<string> {
  const id = newId();
  const { db, t } = await conn();
  await db.insert(t.verifications).values({ id, ...input, createdAt: Date.now() });
  return id;
}

/** One sample's report, its score and its own findings, in one transaction. */
export async function saveSample(input: {
  verificationId: string;
  index: number;
  status: string;
  score: number | null;
  text: string;
  reasoning: string;
  error: string | null;
  usage: TokenUsage | null;
  startedAt: number;
  finishedAt: number;
  findings: (ParsedFinding & { anchor: Anchor | null })[];
}): Promise<{ sampleId: string; findingIds: string[] }> {
  const sampleId = newId();
  const findingIds = input.findings.map(() => newId());
  await transaction('sample', async (tx) => {
    const { t } = await conn();
    await tx.insert(t.verificationSamples).values({
      id: sampleId,
      verificationId: input.verificationId,
      idx: input.index,
      status: input.status,
      score: input.score,
      text: input.text,
      reasoning: input.reasoning,
      error: input.error,
      usage: input.usage,
      startedAt: input.startedAt,
      finishedAt: input.finishedAt,
    });
    if (input.findings.length) {
      await tx.insert(t.sampleFindings).values(
        input.findings.map((f, i) => ({
          id: findingIds[i],
          sampleId,
          position: i,
          severity: f.severity,
          quote: f.quote,
          description: f.description,
          suggestion: f.suggestion,
          anchor: f.anchor,
        })),
      );
    }
  });
  return { sampleId, findingIds };
}

export async function setSampleMeta(
  sampleId: string,
  meta: {
    metaScore: number | null;
    metaText: string | null;
    metaReasoning: string;
    metaError: string | null;
  },
): Promise<void> {
  const { db, t } = await conn();
  await db.update(t.verificationSamples).set(meta).where(eq(t.verificationSamples.id, sampleId));
}

export async function latestVerification(roundId: string): Promise<VerificationRow | undefined> {
  const { db, t } = await conn();
  return first(
    db
      .select()
      .from(t.verifications)
      .where(eq(t.verifications.roundId, roundId))
      .orderBy(desc(t.verifications.createdAt))
      .limit(1),
  );
}

export async function listSamples(verificationId: string): Promise<SampleRow[]> {
  const { db, t } = await conn();
  return db
    .select()
    .from(t.verificationSamples)
    .where(eq(t.verificationSamples.verificationId, verificationId))
    .orderBy(t.verificationSamples.idx);
}

export async function getSampleRow(id: string): Promise<SampleRow | undefined> {
  const { db, t } = await conn();
  return first(
    db.select().from(t.verificationSamples).where(eq(t.verificationSamples.id, id)).limit(1),
  );
}

/** Every finding of a round, decided or not. */
export async function listRoundFindings(roundId: string): Promise<Finding[]> {
  const { db, t } = await conn();
  const rows = await db
    .select()
    .from(t.findings)
    .where(eq(t.findings.roundId, roundId))
    .orderBy(t.findings.position);
  const replies = await readReplies(rows.map((f) => f.id));
  return rows.map((f) => toFinding(f, replies.get(f.id)));
}
