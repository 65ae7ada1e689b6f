import 'server-only';
import { desc, inArray } from 'drizzle-orm';
import { conn, type QueryDb } from '../conn';
import { readSnapshot } from '../transaction';
import type { VerificationRow } from './verification';

/** The latest verification of each round, with its samples, support rows and wordings. */
export async function verificationsForRounds(roundIds: string[]) {
  if (!roundIds.length) return [];
  return readSnapshot((db) => readLatest(db, roundIds));
}

async function readLatest(db: QueryDb, roundIds: string[]) {
  const { t } = await conn();
  const all = await db
    .select()
    .from(t.verifications)
    .where(inArray(t.verifications.roundId, roundIds))
    .orderBy(desc(t.verifications.createdAt));
  const latest = new Map<string, VerificationRow>();
  for (const v of all) if (!latest.has(v.roundId)) latest.set(v.roundId, v);
  const ids = [...latest.values()].map((v) => v.id);
  if (!ids.length) return [];
  const samples = await db
    .select()
    .from(t.verificationSamples)
    .where(inArray(t.verificationSamples.verificationId, ids))
    .orderBy(t.verificationSamples.idx);
  const sampleIds = samples.map((s) => s.id);
  const wordings = sampleIds.length
    ? await db.select().from(t.sampleFindings).where(inArray(t.sampleFindings.sampleId, sampleIds))
    : [];
  const support = await db
    .select()
    .from(t.findingSupport)
    .where(inArray(t.findingSupport.verificationId, ids));
  return [...latest.values()].map((v) => ({
    verification: v,
    samples: samples.filter((s) => s.verificationId === v.id),
    wordings: wordings.filter((w) =>
      samples.some((s) => s.id === w.sampleId && s.verificationId === v.id),
    ),
    support: support.filter((s) => s.verificationId === v.id),
  }));
}
