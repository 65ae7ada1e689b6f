import type { RunStatus, SessionDetail, StoredDraft } from '@/lib/schemas';

/**
 * The session as the page holds it, told that a draft run ended: the run's status, and its
 * round's proof as the server stored it (sent with the run's last event). The page then
 * shows the stored round at once — the editor takes keys the moment the run ends — and the
 * read of the session that follows only confirms it. Null when the page does not hold the
 * round yet: the read brings it.
 */
export function settleDraft(
  detail: SessionDetail,
  runId: string,
  status: RunStatus,
  draft: StoredDraft,
): SessionDetail | null {
  if (!detail.rounds.some((r) => r.id === draft.roundId)) return null;
  return {
    ...detail,
    rounds: detail.rounds.map((r) => (r.id === draft.roundId ? { ...r, proof: draft.proof } : r)),
    runs: detail.runs.map((r) => (r.id === runId ? { ...r, status } : r)),
  };
}
