import type { Finding, SavedProof, SessionDetail } from '@/lib/schemas';

/**
 * A saved hand edit applied to the session as the page holds it: the round's text together
 * with the places stored for it, so the two never disagree.
 *
 * The server's answer decides the places and the checker's findings (it reread the new text).
 * Which verifier and person findings exist, and their decisions, stay as the page has them:
 * a decision, a new finding or a deletion made while the save was in flight is newer than
 * the list the save read.
 */
export function applySavedProof(
  detail: SessionDetail,
  roundId: string,
  proof: string,
  saved: Pick<SavedProof, 'findings'>,
): SessionDetail {
  return {
    ...detail,
    rounds: detail.rounds.map((r) =>
      r.id === roundId ? { ...r, proof, findings: mergeFindings(r.findings, saved.findings) } : r,
    ),
  };
}

function mergeFindings(held: Finding[], saved: Finding[]): Finding[] {
  const heldById = new Map(held.map((f) => [f.id, f]));
  const savedIds = new Set(saved.map((f) => f.id));
  const merged = saved.flatMap((f) => {
    if (f.source === 'checker') return [f];
    const mine = heldById.get(f.id);
    return mine ? [{ ...mine, anchor: f.anchor }] : [];
  });
  const added = held.filter((f) => f.source !== 'checker' && !savedIds.has(f.id));
  return [...merged, ...added];
}
