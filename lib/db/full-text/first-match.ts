import type { SearchMatch } from '@/lib/schemas';

/** A session's match in one kind of text: where it is, and the words around it. */
export type KindHit = {
  session_id: string;
  round_idx: number | null;
  finding_id: string | null;
  snippet: string;
};

/**
 * Where each session matched, with the kinds in order of preference (the problem or title
 * first, else the latest proof, else a finding, else a note): a kind is asked only about the
 * sessions no earlier kind matched, and a session's first hit in it wins. Both backends' full
 * text searches share this; each asks its own index (`hits`).
 */
export async function firstMatchPerSession<K extends { kind: SearchMatch['kind'] }>(
  kinds: readonly K[],
  sessionIds: string[],
  hits: (kind: K, left: string[]) => Promise<KindHit[]> | KindHit[],
): Promise<Map<string, SearchMatch>> {
  const found = new Map<string, SearchMatch>();
  for (const k of kinds) {
    const left = sessionIds.filter((id) => !found.has(id));
    if (!left.length) break;
    for (const h of await hits(k, left)) {
      if (found.has(h.session_id)) continue;
      found.set(h.session_id, {
        kind: k.kind,
        snippet: h.snippet,
        roundIndex: h.round_idx,
        findingId: h.finding_id,
      });
    }
  }
  return found;
}
