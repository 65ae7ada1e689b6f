import 'server-only';
import { candidateProofs, getSearch } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { activeRun } from '@/lib/runs';
import type { SearchParams, SearchStatus, SearchView } from '@/lib/schemas';
import { loadPool } from './pool';
import { meanScore, rankCandidates } from './select';

/** A search as the live view shows it: the pool, lineage links, the best proof so far. */
export async function searchView(id: string): Promise<SearchView> {
  const search = await getSearch(id);
  if (!search) throw notFound('Search');
  const { pool, requests, tokens } = await loadPool(id);
  const ranked = rankCandidates(pool.filter((c) => !c.failed && c.verifications.length));
  const top = ranked[0] ?? null;
  const proof = top ? (await candidateProofs([top.id])).get(top.id) : undefined;
  return {
    id: search.id,
    runId: search.runId || null,
    status: search.status as SearchStatus,
    live: !!(search.runId && activeRun(search.runId)),
    params: search.params as SearchParams,
    error: search.error,
    candidates: pool.map((c) => ({
      id: c.id,
      ordinal: c.ordinal,
      generation: c.generation,
      parents: c.parents,
      analyses: c.analyses,
      scores: c.verifications.map((v) => (v.failed ? null : v.score)),
      meanScore: meanScore(c),
      verificationsDone: c.verifications.length,
      selfScore: c.selfScore,
      failed: c.failed,
    })),
    best:
      top && proof !== undefined
        ? { id: top.id, ordinal: top.ordinal, proof, meanScore: meanScore(top) ?? 0 }
        : null,
    requests,
    tokens,
    createdAt: search.createdAt,
    updatedAt: search.updatedAt,
    finishedAt: search.finishedAt,
  };
}
