'use client';

import { useStoredRunText } from '@/hooks/use-run';
import type { RunView } from '@/hooks/use-run-stream';
import type { Round, RunSummary } from '@/lib/schemas';
import { roundRunIds } from './round-runs';

export type RunText = { text: string; reasoning: string; live: boolean };
type Followed = {
  runId: string | null;
  roundId: string | null;
  kind: string | null;
  live: boolean;
  view: RunView;
  /** A part run's node: a part rewrite writes no round's draft (its new round is spliced). */
  nodeId?: string | null;
};

const EMPTY: RunText = { text: '', reasoning: '', live: false };

function useRunText(id: string | null, status: string | null, followed: Followed): RunText {
  const isFollowed = !!id && id === followed.runId;
  // The run streaming now is not read: its live text is ahead of the stored one.
  const { data } = useStoredRunText(id, status, !(isFollowed && followed.live));
  if (!id) return EMPTY;
  // The run streaming now: its live text (the stored one lags behind).
  if (isFollowed && (followed.live || !data)) {
    return { text: followed.view.text, reasoning: followed.view.reasoning, live: followed.live };
  }
  return data ? { text: data.text, reasoning: data.reasoning, live: false } : EMPTY;
}

/**
 * The selected round's draft output and reasoning, and its newest verification's report and
 * reasoning (null when the round has none).
 */
export function useRoundOutputs(
  roundId: string | null,
  round: Round | null,
  runs: readonly RunSummary[],
  followed: Followed,
) {
  const ids = roundRunIds(round, runs);
  // A draft still streaming into a round the session has not loaded yet.
  const writing =
    followed.roundId === roundId &&
    !followed.nodeId &&
    ['generate', 'refine'].includes(followed.kind ?? '');
  if (!ids.draft && writing) ids.draft = followed.runId;
  // A verification just started, before the session lists it: its reasoning streams already.
  const verifying = followed.roundId === roundId && followed.kind === 'verify' && followed.live;
  if (verifying) ids.report = followed.runId;
  const status = (id: string | null) => runs.find((r) => r.id === id)?.status ?? null;
  const draft = useRunText(ids.draft, status(ids.draft), followed);
  const report = useRunText(ids.report, status(ids.report), followed);
  return { draft, report: ids.report ? report : null };
}
