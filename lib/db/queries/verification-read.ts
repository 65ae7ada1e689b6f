import 'server-only';
import { desc, inArray } from 'drizzle-orm';
import { getDb } from '../client';
import { findingSupport, sampleFindings, verificationSamples, verifications } from '../schema';
import type { VerificationRow } from './verification';

/** The latest verification of each round, with its samples, support rows and wordings. */
export async function verificationsForRounds(roundIds: string[]) {
  const db = getDb();
  if (!roundIds.length) return [];
  const all = db
    .select()
    .from(verifications)
    .where(inArray(verifications.roundId, roundIds))
    .orderBy(desc(verifications.createdAt))
    .all();
  const latest = new Map<string, VerificationRow>();
  for (const v of all) if (!latest.has(v.roundId)) latest.set(v.roundId, v);
  const ids = [...latest.values()].map((v) => v.id);
  if (!ids.length) return [];
  const samples = db
    .select()
    .from(verificationSamples)
    .where(inArray(verificationSamples.verificationId, ids))
    .orderBy(verificationSamples.idx)
    .all();
  const sampleIds = samples.map((s) => s.id);
  const wordings = sampleIds.length
    ? db.select().from(sampleFindings).where(inArray(sampleFindings.sampleId, sampleIds)).all()
    : [];
  const support = db
    .select()
    .from(findingSupport)
    .where(inArray(findingSupport.verificationId, ids))
    .all();
  return [...latest.values()].map((v) => ({
    verification: v,
    samples: samples.filter((s) => s.verificationId === v.id),
    wordings: wordings.filter((w) =>
      samples.some((s) => s.id === w.sampleId && s.verificationId === v.id),
    ),
    support: support.filter((s) => s.verificationId === v.id),
  }));
}
