'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { queryKeys } from '@/lib/client/api';
import { type RunStatus, type SessionDetail, TERMINAL_STATUSES } from '@/lib/schemas';
import { applyFindingsEvent } from './apply-findings-event';
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
  const liveRef = useRef(false);
  const { view, stream } = useRunStream(
    runId,
    (_status: RunStatus) => {
      void qc.invalidateQueries({ queryKey: queryKeys.session(session.id) });
    },
    // Stored findings arrive as events and are applied in place, with no refetch. Only from
    // a run still going: replaying a finished run's log must not undo later decisions.
    (event) => {
      if (!liveRef.current) return;
      qc.setQueryData<SessionDetail>(queryKeys.session(session.id), (d) =>
        applyFindingsEvent(d, event),
      );
    },
  );
  const summary = session.runs.find((r) => r.id === runId);
  const kind = summary?.kind ?? (started?.runId === runId ? started.kind : null);
  // `live` follows the session (the editor swaps streamed for stored text when the session
  // has it); the stream's own terminal status is known a refetch earlier.
  const live = summary
    ? !TERMINAL_STATUSES.includes(summary.status as RunStatus)
    : started?.runId === runId;
  const streamEnded =
    view.runId === runId && !!view.status && TERMINAL_STATUSES.includes(view.status);
  liveRef.current = live;
  const roundId = summary?.roundId ?? started?.roundId ?? null;
  return {
    runId,
    view,
    stream,
    kind,
    live,
    /** The stream said the run ended (the session may not show it yet). */
    streamEnded,
    /** The round the run writes or reads. */
    roundId,
    setStarted,
  };
}
