'use client';

import { useQuery } from '@tanstack/react-query';
import { call } from '@/lib/client/api';
import type { Round, RunSummary } from '@/lib/schemas';
import { roundRunIds } from './round-runs';
import type { RunView } from './use-run-stream';

export type RunText = { text: string; reasoning: string; live: boolean };
type Followed = {
  runId: string | null;
  roundId: string | null;
  kind: string | null;
  live: boolean;
  view: RunView;
};

const EMPTY: RunText = { text: '', reasoning: '', live: false };

function useRunText(id: string | null, status: string | null, followed: Followed): RunText {
  const isFollowed = !!id && id === followed.runId;
  const { data } = useQuery({
    // With its status in the key, a run read while it ran is read again once it ended.
    queryKey: ['run-text', id, status],
    queryFn: () =>
      call<{ text: string; reasoning: string }>(`/api/runs/${encodeURIComponent(id ?? '')}`),
    enabled: !!id && !(isFollowed && followed.live),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (!id) return EMPTY;
  // The run streaming now: its live text (the stored one lags behind).
  if (isFollowed && (followed.live || !data)) {
    return { text: followed.view.text, reasoning: followed.view.reasoning, live: followed.live };
  }
  return data ? { text: data.text, reasoning: data.reasoning, live: false } : EMPTY;
}

/** The selected round's draft output and reasoning, and its verification report. */
export function useRoundOutputs(
  roundId: string | null,
  round: Round | null,
  runs: readonly RunSummary[],
  followed: Followed,
) {
  const ids = roundRunIds(round, runs);
  // A draft still streaming into a round the session has not loaded yet.
  const writing =
    followed.roundId === roundId && ['generate', 'refine'].includes(followed.kind ?? '');
  if (!ids.draft && writing) ids.draft = followed.runId;
  const status = (id: string | null) => runs.find((r) => r.id === id)?.status ?? null;
  const draft = useRunText(ids.draft, status(ids.draft), followed);
  const report = useRunText(ids.report, status(ids.report), followed);
  return { draft, report };
}
