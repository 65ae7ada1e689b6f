'use client';

import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '@/lib/client';
import {
  type FindingsEvent,
  type RunEvent,
  type RunProgress,
  type RunStatus,
  type StoredDraft,
  TERMINAL_STATUSES,
} from '@/lib/schemas';
import { adoptRunEvents } from './early-run-events';
import { FrameThrottle } from './frame-throttle';
import { LiveText } from './live-text';

export type RunView = {
  /** The run this view follows (state of a previous run may linger for one render). */
  runId: string | null;
  status: RunStatus | null;
  error: string | null;
  finishReason: string | null;
  retry: { attempt: number; delayMs: number; reason: string } | null;
  /** Requests of the run waiting for a free slot of the model endpoint's limit, if any. */
  slots: { waiting: number; limit: number } | null;
  /** Where a multi-step run (many verifiers, autopilot, search) stands. */
  progress: RunProgress | null;
  reasoning: string;
  /** The run's raw answer as streamed (a draft's solution and self-evaluation, a report). */
  text: string;
  /** For a draft: the proof as it will be stored (see `liveProof`). */
  proof: string;
  connection: 'open' | 'reconnecting' | 'closed';
};

/**
 * How often a streaming run's React state is refreshed. Each refresh renders the workbench and
 * typesets the preview's new text; ten a second keeps text on screen within ~0.1 s of its
 * arrival (npm run bench:render) at a sixth of the cost of every frame. The editor does not
 * wait for it: it appends each frame from the stream itself.
 */
const VIEW_INTERVAL_MS = 100;

/** A view before any event: no run, nothing streamed. */
export const EMPTY_RUN_VIEW: RunView = {
  runId: null,
  status: null,
  error: null,
  finishReason: null,
  retry: null,
  slots: null,
  progress: null,
  reasoning: '',
  text: '',
  proof: '',
  connection: 'closed',
};

/**
 * Follows a run's SSE stream. Text deltas go straight to subscribers (the editor appends
 * them) while React state — what the preview, the reasoning and the run's status show — is
 * refreshed on an animation frame at most every VIEW_INTERVAL_MS, as a transition. EventSource
 * reconnects by itself with `Last-Event-ID`, so a dropped connection resumes without gaps.
 */
export function useRunStream(
  runId: string | null,
  onTerminal: (status: RunStatus, draft?: StoredDraft) => void,
  onFindings?: (event: FindingsEvent) => void,
) {
  const [view, setView] = useState<RunView>(EMPTY_RUN_VIEW);
  const terminalRef = useRef(onTerminal);
  terminalRef.current = onTerminal;
  const findingsRef = useRef(onFindings);
  findingsRef.current = onFindings;
  // A fresh store per run: the editor subscribes (in a child effect, before ours runs) to
  // the new run's text, never to what the previous run left behind.
  // biome-ignore lint/correctness/useExhaustiveDependencies: one store per run id
  const live = useMemo(() => new LiveText(), [runId]);
  const stream = runId ? live.proofStream : null;

  useEffect(() => {
    if (!runId) {
      setView(EMPTY_RUN_VIEW);
      return;
    }
    const s = live;
    s.clear();
    let next: RunView = { ...EMPTY_RUN_VIEW, runId, connection: 'open' };
    setView(next);
    const snapshot = () => ({ ...next, text: s.text, reasoning: s.reasoning, proof: s.proof });
    // Live updates render as transitions: React renders them in slices of a few milliseconds,
    // yielding to the editor, input and painting in between (typesetting a preview's new text
    // is never one long task), and a newer live update waits for the one being rendered
    // instead of interrupting it. The end of the run is a transition too, without waiting for
    // the next frame: it swaps the live draft for the stored one and shows the checker's
    // findings, the largest render of a run (bench:render's longest task when it was urgent).
    const show = () => startTransition(() => setView(snapshot()));
    const throttle = new FrameThrottle(show, VIEW_INTERVAL_MS);
    const commit = () => {
      throttle.cancel();
      show();
    };
    const schedule = () => throttle.schedule();
    // The stream opened when the run was started, if it was started here (early-run-events).
    const early = adoptRunEvents(runId);
    const es = early?.es ?? new EventSource(api.runs.eventsUrl(runId));
    es.onopen = () => {
      next = { ...next, connection: 'open' };
      schedule();
    };
    const onMessage = (msg: MessageEvent) => {
      const e = JSON.parse(msg.data) as RunEvent;
      if (e.type === 'text') s.appendText(e.delta);
      else if (e.type === 'reasoning') s.reasoning += e.delta;
      else if (e.type === 'replace') s.replace(e.text, e.reasoning);
      else if (e.type === 'retry') next = { ...next, retry: e };
      else if (e.type === 'slots') next = { ...next, slots: e.waiting ? e : null };
      else if (e.type === 'progress') next = { ...next, progress: e.progress };
      else if (e.type === 'findings') findingsRef.current?.(e);
      else if (e.type === 'status') {
        next = {
          ...next,
          status: e.status,
          error: e.error ?? null,
          finishReason: e.finishReason ?? null,
        };
        if (e.status === 'running') next.retry = null;
        if (TERMINAL_STATUSES.includes(e.status)) {
          s.end();
          es.close();
          next.connection = 'closed';
          commit();
          terminalRef.current(e.status, e.draft);
          return;
        }
      }
      schedule();
    };
    es.onmessage = onMessage;
    // Same task as the handler's attachment: nothing can arrive in between, order is kept.
    for (const msg of early?.queued ?? []) onMessage(msg);
    es.onerror = () => {
      next = {
        ...next,
        connection: es.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting',
      };
      schedule();
    };
    return () => {
      es.close();
      throttle.cancel();
    };
  }, [runId, live]);

  return { view, stream };
}
