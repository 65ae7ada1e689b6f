import type { FindingsEvent, SessionDetail } from '@/lib/schemas';

/**
 * A run's `findings` event applied to the session as the page holds it: the round's
 * findings, score and verification are replaced in place. A round the page does not know
 * yet (a refinement just created it) is left to the refetch that announces new rounds.
 */
export function applyFindingsEvent(
  detail: SessionDetail | undefined,
  event: FindingsEvent,
): SessionDetail | undefined {
  if (!detail?.rounds.some((r) => r.id === event.roundId)) return detail;
  return {
    ...detail,
    rounds: detail.rounds.map((r) =>
      r.id === event.roundId
        ? {
            ...r,
            findings: event.findings,
            score: event.score,
            verification: event.verification,
            ...(event.partScores ? { partScores: event.partScores } : {}),
          }
        : r,
    ),
  };
}
