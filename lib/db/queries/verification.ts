import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { TokenUsage } from '@/lib/model/types';
import type { Anchor, Finding, ParsedFinding } from '@/lib/schemas';
import { getDb } from '../client';
import { newId } from '../ids';
import {
  type findingSupport,
  findings,
  sampleFindings,
  verificationSamples,
  verifications,
} from '../schema';
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
  getDb()
    .insert(verifications)
    .values({ id, ...input, createdAt: Date.now() })
    .run();
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
  getDb().transaction((tx) => {
    tx.insert(verificationSamples)
      .values({
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
      })
      .run();
    if (input.findings.length) {
      tx.insert(sampleFindings)
        .values(
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
        )
        .run();
    }
  });
  return { sampleId, findingIds };
}

export async function setSampleMeta(
  sampleId: string,
  meta: { metaScore: number | null; metaText: string | null; metaError: string | null },
): Promise<void> {
  getDb().update(verificationSamples).set(meta).where(eq(verificationSamples.id, sampleId)).run();
}

export async function latestVerification(roundId: string): Promise<VerificationRow | undefined> {
  return getDb()
    .select()
    .from(verifications)
    .where(eq(verifications.roundId, roundId))
    .orderBy(desc(verifications.createdAt))
    .limit(1)
    .get();
}

export async function listSamples(verificationId: string): Promise<SampleRow[]> {
  return getDb()
    .select()
    .from(verificationSamples)
    .where(eq(verificationSamples.verificationId, verificationId))
    .orderBy(verificationSamples.idx)
    .all();
}

export async function getSampleRow(id: string): Promise<SampleRow | undefined> {
  return getDb().select().from(verificationSamples).where(eq(verificationSamples.id, id)).get();
}

/** Every finding of a round, decided or not. */
export async function listRoundFindings(roundId: string): Promise<Finding[]> {
  const db = getDb();
  const rows = db
    .select()
    .from(findings)
    .where(eq(findings.roundId, roundId))
    .orderBy(findings.position)
    .all();
  const replies = readReplies(
    db,
    rows.map((f) => f.id),
  );
  return rows.map((f) => toFinding(f, replies.get(f.id)));
}
