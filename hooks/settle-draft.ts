import type { Round, RunStatus, SessionDetail, StoredDraft } from '@/lib/schemas';

/**
 * The session as the page holds it, told that a draft run ended: the run's status, and its
 * round's proof as the server stored it (sent with the run's last event). The page then
 * shows the stored round at once — the editor takes keys the moment the run ends — and the
 * read of the session that follows only confirms it. A round the page does not hold yet (the
 * read that lists it has not landed) is added as the event brought it. Null when the event
 * has no round to add: the read brings it.
 */
export function settleDraft(
  detail: SessionDetail,
  runId: string,
  status: RunStatus,
  draft: StoredDraft,
): SessionDetail | null {
  const held = detail.rounds.some((r) => r.id === draft.roundId);
  if (!held && !draft.round) return null;
  const rounds = held
    ? detail.rounds.map((r) => (r.id === draft.roundId ? { ...r, proof: draft.proof } : r))
    : [...detail.rounds, { ...(draft.round as Round), proof: draft.proof }].sort(
        (a, b) => a.index - b.index,
      );
  return {
    ...detail,
    rounds,
    runs: detail.runs.map((r) => (r.id === runId ? { ...r, status } : r)),
  };
}
