'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { TextStream } from '@/components/editor/types';
import { type RunEvent, type RunProgress, type RunStatus, TERMINAL_STATUSES } from '@/lib/schemas';

export type RunView = {
  status: RunStatus | null;
  error: string | null;
  finishReason: string | null;
  retry: { attempt: number; delayMs: number; reason: string } | null;
  /** Where a multi-step run (many verifiers, autopilot, search) stands. */
  progress: RunProgress | null;
  reasoning: string;
  text: string;
  connection: 'open' | 'reconnecting' | 'closed';
};

const EMPTY: RunView = {
  status: null,
  error: null,
  finishReason: null,
  retry: null,
  progress: null,
  reasoning: '',
  text: '',
  connection: 'closed',
};

/**
 * Follows a run's SSE stream. Text deltas go straight to subscribers (the editor appends
 * them) while React state is refreshed at most once per animation frame. EventSource
 * reconnects by itself with `Last-Event-ID`, so a dropped connection resumes without gaps.
 */
export function useRunStream(runId: string | null, onTerminal: (status: RunStatus) => void) {
  const [view, setView] = useState<RunView>(EMPTY);
  const store = useRef({ text: '', reasoning: '', listeners: new Set<(d: string) => void>() });
  const terminalRef = useRef(onTerminal);
  terminalRef.current = onTerminal;

  const stream = useMemo<TextStream | null>(() => {
    if (!runId) return null;
    return {
      getText: () => store.current.text,
      subscribe: (fn) => {
        store.current.listeners.add(fn);
        return () => store.current.listeners.delete(fn);
      },
    };
  }, [runId]);

  useEffect(() => {
    if (!runId) {
      setView(EMPTY);
      return;
    }
    const s = store.current;
    s.text = '';
    s.reasoning = '';
    let next: RunView = { ...EMPTY, connection: 'open' };
    setView(next);
    let frame = 0;
    const commit = () => {
      frame = 0;
      setView({ ...next, text: s.text, reasoning: s.reasoning });
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(commit);
    };
    const es = new EventSource(`/api/runs/${encodeURIComponent(runId)}/events`);
    es.onopen = () => {
      next = { ...next, connection: 'open' };
      schedule();
    };
    es.onmessage = (msg) => {
      const e = JSON.parse(msg.data) as RunEvent;
      if (e.type === 'text') {
        s.text += e.delta;
        for (const l of s.listeners) l(e.delta);
      } else if (e.type === 'reasoning') s.reasoning += e.delta;
      else if (e.type === 'replace') {
        s.text = e.text;
        s.reasoning = e.reasoning;
      } else if (e.type === 'retry') next = { ...next, retry: e };
      else if (e.type === 'progress') next = { ...next, progress: e.progress };
      else if (e.type === 'status') {
        next = {
          ...next,
          status: e.status,
          error: e.error ?? null,
          finishReason: e.finishReason ?? null,
        };
        if (e.status === 'running') next.retry = null;
        if (TERMINAL_STATUSES.includes(e.status)) {
          es.close();
          next.connection = 'closed';
          commit();
          terminalRef.current(e.status);
          return;
        }
      }
      schedule();
    };
    es.onerror = () => {
      next = {
        ...next,
        connection: es.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting',
      };
      schedule();
    };
    return () => {
      es.close();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [runId]);

  return { view, stream };
}
