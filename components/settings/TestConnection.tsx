'use client';

import { CircleAlert, CircleCheck, Plug } from 'lucide-react';
import { useTestConnection } from '@/hooks/use-settings';
import type { ConnectionReport, ModelRole } from '@/lib/schemas';
import styles from './settings.module.css';

function Report({ r }: { r: ConnectionReport }) {
  if (!r.ok) {
    return (
      <span className="error">
        <CircleAlert size={14} aria-hidden className={styles.icon} /> Failed after {r.latencyMs} ms:{' '}
        {r.error} ({r.providerLabel})
      </span>
    );
  }
  const reasoning = r.reasoningArrived
    ? 'reasoning arrived'
    : r.reasoningTokens
      ? `no reasoning text (${r.reasoningTokens} reasoning tokens counted)`
      : 'no reasoning';
  return (
    <ul className={`ok ${styles.paramList}`}>
      <li>
        <CircleCheck size={14} aria-hidden className={styles.icon} /> OK · {r.latencyMs} ms ·{' '}
        {r.providerLabel}
        {r.finishReason === 'length' ? ' · cut at the test limit' : ''}
      </li>
      <li>answer: “{r.answer || '(empty)'}”</li>
      <li>{reasoning}</li>
      {r.dropped.length > 0 ? <li>dropped: {r.dropped.map((d) => d.param).join(', ')}</li> : null}
    </ul>
  );
}

/** Sends one minimal request shaped exactly like a run of this role, and says what came back. */
export function TestConnection({ role, disabled }: { role: ModelRole; disabled: boolean }) {
  const test = useTestConnection(role);
  return (
    <>
      <button
        type="button"
        data-testid="test-connection"
        disabled={disabled || test.isPending}
        onClick={() => test.mutate()}
      >
        <Plug size={14} aria-hidden />
        {test.isPending ? 'Testing…' : 'Test connection'}
      </button>
      <div data-testid="test-result" className={styles.testResult}>
        {test.data ? <Report r={test.data} /> : null}
        {test.error ? <span className="error">{test.error.message}</span> : null}
      </div>
    </>
  );
}
