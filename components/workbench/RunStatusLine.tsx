'use client';

import type { RunView } from '@/hooks/use-run-stream';

const LABEL: Record<string, string> = {
  queued: 'Queued',
  running: 'Streaming…',
  succeeded: 'Done',
  failed: 'Failed',
  stopped: 'Stopped — partial output kept',
  interrupted: 'Interrupted by a server restart — partial output kept',
};

/** The state of the current run, with the reason when it failed or is waiting to retry. */
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
        className="run-status muted"
      >
        Idle
      </span>
    );
  const waiting = view.retry && view.status === 'running';
  return (
    <span
      data-testid="run-status"
      data-status={view.status}
      data-run-id={runId ?? ''}
      className={`run-status status-${view.status}`}
      role="status"
      aria-live="polite"
    >
      {kind ? <strong>{kind}: </strong> : null}
      {LABEL[view.status] ?? view.status}
      {waiting && view.retry
        ? ` (model server busy: retry ${view.retry.attempt} in ${Math.round(view.retry.delayMs / 1000)} s — ${view.retry.reason})`
        : ''}
      {view.connection === 'reconnecting' ? ' (reconnecting…)' : ''}
      {view.error ? <span className="run-error"> — {view.error}</span> : null}
    </span>
  );
}
