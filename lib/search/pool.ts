import 'server-only';
import { listCandidates, listSearchVerifications } from '@/lib/db';
import type { CandidateState } from './types';

/** The persisted pool of a search as the scheduler sees it, plus what it has cost so far. */
export async function loadPool(searchId: string) {
  const candidates = await listCandidates(searchId);
  const verifications = await listSearchVerifications(searchId);
  const byCandidate = new Map<string, CandidateState['verifications']>();
  for (const v of verifications) {
    const list = byCandidate.get(v.candidateId) ?? [];
    list.push({ id: v.id, score: v.score, failed: v.failed });
    byCandidate.set(v.candidateId, list);
  }
  const pool: CandidateState[] = candidates.map((c) => ({
    id: c.id,
    ordinal: c.ordinal,
    generation: c.generation,
    parents: c.parents as string[],
    analyses: c.analyses as string[],
    selfScore: c.selfScore,
    failed: c.failed,
    verifications: byCandidate.get(c.id) ?? [],
    verifying: 0,
  }));
  const rows = [...candidates, ...verifications];
  return {
    pool,
    candidates,
    verifications,
    requests: rows.length,
    tokens: {
      prompt: rows.reduce((n, r) => n + r.promptTokens, 0),
      completion: rows.reduce((n, r) => n + r.completionTokens, 0),
    },
  };
}
