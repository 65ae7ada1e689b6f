'use client';

import { useEffect, useState } from 'react';
import { useRunChangedRefresh } from '@/hooks/use-run';
import { useRunStream } from '@/hooks/use-run-stream';
import { type RunStatus, type SessionDetail, TERMINAL_STATUSES } from '@/lib/schemas';

export type StartedRun = { runId: string; roundId: string | null; kind: string };

/**
 * The run the workbench follows: the one just started, else the session's active run, else
 * its latest (replayed, so its reasoning and output are shown after a reload). What the run
 * changed is read again when it ends, and whenever a multi-step run reports a change (a
 * sample merged, a round written).
 */
export function useCurrentRun(session: SessionDetail) {
  const refresh = useRunChangedRefresh(session.id);
  const [started, setStarted] = useState<StartedRun | null>(null);
  const runId = started?.runId ?? session.activeRunId ?? session.runs[0]?.id ?? null;
  const { view, stream } = useRunStream(runId, (_status: RunStatus) => refresh());
  const changes = view.progress?.changes ?? 0;
  useEffect(() => {
    if (changes) refresh();
  }, [changes, refresh]);
  const summary = session.runs.find((r) => r.id === runId);
  const kind = summary?.kind ?? (started?.runId === runId ? started.kind : null);
  const live = summary
    ? !TERMINAL_STATUSES.includes(summary.status as RunStatus)
    : started?.runId === runId;
  const roundId = summary?.roundId ?? started?.roundId ?? null;
  return {
    runId,
    view,
    stream,
    kind,
    live,
    /** The round the run writes or reads. */
    roundId,
    setStarted,
  };
}
