'use client';

import { useMutation } from '@tanstack/react-query';
import { CircleAlert, CircleCheck, Plug } from 'lucide-react';
import { getJson, type TestResult } from './settings-api';

function Report({ r }: { r: TestResult }) {
  if (!r.ok) {
    return (
      <span className="error">
        <CircleAlert size={14} aria-hidden className="inline-icon" /> Failed after {r.latencyMs} ms:{' '}
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
    <ul className="ok param-list">
      <li>
        <CircleCheck size={14} aria-hidden className="inline-icon" /> OK · {r.latencyMs} ms ·{' '}
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
export function TestConnection({ role, disabled }: { role: string; disabled: boolean }) {
  const test = useMutation({
    mutationFn: () =>
      getJson<TestResult>('/api/settings/test', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role }),
      }),
  });
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
      <div data-testid="test-result" className="test-result">
        {test.data ? <Report r={test.data} /> : null}
        {test.error ? <span className="error">{(test.error as Error).message}</span> : null}
      </div>
    </>
  );
}
