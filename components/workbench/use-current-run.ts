'use client';

import { useEffect, useRef, useState } from 'react';
import { applyFindingsEvent } from '@/hooks/apply-findings-event';
import { settleDraft } from '@/hooks/settle-draft';
import { useRunChangedRefresh } from '@/hooks/use-run';
import { useRunStream } from '@/hooks/use-run-stream';
import { useSessionCache } from '@/hooks/use-session';
import {
  type RunStatus,
  type SessionDetail,
  type StoredDraft,
  TERMINAL_STATUSES,
} from '@/lib/schemas';
import { isRunLive } from './run-live';

export type StartedRun = {
  runId: string;
  roundId: string | null;
  kind: string;
  /** A part run's outline node (issue 17). */
  nodeId?: string | null;
};

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
  const cache = useSessionCache(session.id);
  const liveRef = useRef(false);
  // A draft run whose last event brought its stored proof: the page shows it as ended at
  // once, without waiting for the read of the session (which follows and confirms it).
  const [settled, setSettled] = useState<{ runId: string; draft: StoredDraft } | null>(null);
  const endedHere = useRef(new Set<string>());
  const { view, stream } = useRunStream(
    runId,
    (status: RunStatus, draft?: StoredDraft) => {
      // A finished run's replay (a reload) carries its draft as it was stored then: the
      // round may have been edited since. Only a run that was live here settles its draft.
      if (!draft || !runId || !liveRef.current) {
        refresh();
        return;
      }
      // A read that left while the draft streamed would land with the round still empty.
      void cache.cancelReads().then(() => {
        let shown = false;
        cache.patch((d) => {
          const next = settleDraft(d, runId, status, draft);
          shown = next !== null;
          return next ?? d;
        });
        if (shown) setSettled({ runId, draft });
        refresh();
      });
    },
    // Stored findings arrive as events and are applied in place, with no refetch. Only from
    // a run still going: replaying a finished run's log must not undo later decisions.
    (event) => {
      if (liveRef.current) cache.patch((d) => applyFindingsEvent(d, event) ?? d);
    },
  );
  const changes = view.progress?.changes ?? 0;
  useEffect(() => {
    if (changes) refresh();
  }, [changes, refresh]);
  const summary = session.runs.find((r) => r.id === runId);
  const kind = summary?.kind ?? (started?.runId === runId ? started.kind : null);
  // `live` follows the session (the editor swaps streamed for stored text when the session
  // has it), or a draft's last event, which carries the stored text.
  // Only once `session` holds the stored proof: it is rendered deferred (see Workbench), a
  // render or two after the cache, and ending the run on the older one would show its round
  // as stored: empty.
  const settledHere =
    settled?.runId === runId &&
    session.rounds.some((r) => r.id === settled.draft.roundId && r.proof === settled.draft.proof);
  // Once seen here, for good: the person's first key changes the round's proof.
  if (settledHere && runId) endedHere.current.add(runId);
  const live = isRunLive({
    runId,
    summaryStatus: summary?.status ?? null,
    startedRunId: started?.runId ?? null,
    endedHere: runId !== null && endedHere.current.has(runId),
  });
  const streamEnded =
    view.runId === runId && !!view.status && TERMINAL_STATUSES.includes(view.status);
  liveRef.current = live;
  const roundId = summary?.roundId ?? started?.roundId ?? null;
  const nodeId = summary?.nodeId ?? (started?.runId === runId ? started.nodeId : null) ?? null;
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
    /** The outline node a part run works on (verify or rewrite this part), else null. */
    nodeId,
    setStarted,
  };
}
