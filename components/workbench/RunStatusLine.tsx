'use client';

import { AlertTriangle, XCircle } from 'lucide-react';
import { waitingToRetry } from '@/hooks/server-wait';
import type { RunView } from '@/hooks/use-run-stream';
import { type OutcomeTone, runOutcome } from '@/lib/run-outcome';
import styles from './run-state.module.css';
import { TONE_CLASS } from './run-tone';

/** Colour is not the only sign: a warning or a failure also has its own icon. */
const ICON: Partial<Record<OutcomeTone, typeof AlertTriangle>> = {
  warning: AlertTriangle,
  danger: XCircle,
};

/**
 * The state of the current run, with the reason when it failed or is waiting to retry. How a
 * finished multi-step run is shown (green only for a pass) is decided by `runOutcome`.
 */
export function RunStatusLine({
  kind,
  view,
  runId,
}: {
  kind: string | null;
  view: RunView;
  runId: string | null;
}) {
  if (!view.status)
    return (
      <span
        data-testid="run-status"
        data-status="idle"
        data-run-id={runId ?? ''}
        className={`${styles.status} muted`}
      >
        Idle
      </span>
    );
  const shown = runOutcome({
    status: view.status,
    end: view.progress?.end,
    outcome: view.progress?.outcome,
    error: view.error,
  });
  const Icon = ICON[shown.tone];
  const retry = waitingToRetry(view);
  const live = view.status === 'running' || view.status === 'queued';
  // Nothing streams yet because the model endpoint's limit is taken: say so, not "Streaming…".
  const held = live && view.slots ? view.slots : null;
  return (
    <span
      data-testid="run-status"
      data-status={view.status}
      data-tone={shown.tone}
      data-run-id={runId ?? ''}
      className={`${styles.status} ${TONE_CLASS[shown.tone]}`}
      role="status"
      aria-live="polite"
    >
      {Icon ? <Icon size={13} aria-hidden className={styles.statusIcon} /> : null}
      {kind ? <strong>{kind}: </strong> : null}
      {/*
        Waiting to ask again says so, with why: not "Streaming…" over an empty draft, and not
        "busy" when the server refused the connection. A run of many requests keeps its own
        label and says how many of them wait.
      */}
      {retry
        ? `Retry ${retry.attempt} in ${Math.round(retry.delayMs / 1000)} s — ${retry.reason}`
        : held && !view.progress
          ? `Waiting for the model server (${held.limit} request${held.limit === 1 ? '' : 's'} at a time)`
          : shown.label}
      {held && view.progress
        ? ` · ${held.waiting} waiting for the model server (${held.limit} at a time)`
        : ''}
      {view.connection === 'reconnecting' ? ' (reconnecting…)' : ''}
      {view.error ? <span> — {view.error}</span> : null}
    </span>
  );
}
