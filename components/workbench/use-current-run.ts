'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '@/lib/client/api';
import { type RunStatus, type SessionDetail, TERMINAL_STATUSES } from '@/lib/schemas';
import { useRunStream } from './use-run-stream';

export type StartedRun = { runId: string; roundId: string; kind: string };

/**
 * The run the workbench follows: the one just started, else the session's active run, else
 * its latest (replayed, so its reasoning and output are shown after a reload).
 */
export function useCurrentRun(session: SessionDetail) {
  const qc = useQueryClient();
  const [started, setStarted] = useState<StartedRun | null>(null);
  const runId = started?.runId ?? session.activeRunId ?? session.runs[0]?.id ?? null;
  const { view, stream } = useRunStream(runId, (_status: RunStatus) => {
    void qc.invalidateQueries({ queryKey: queryKeys.session(session.id) });
  });
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
