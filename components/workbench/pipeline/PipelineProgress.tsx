'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '@/lib/client/api';
import { pipelineKeys } from '@/lib/client/pipeline-api';
import type { RunProgress } from '@/lib/schemas';
import { fmtDuration, fmtTokens } from './format';

/**
 * Live progress of a multi-step run: round, what is running, tokens and time spent, ETA.
 * When the run reports a change (a sample merged, a round written), the session refetches.
 */
export function PipelineProgress(props: {
  sessionId: string;
  progress: RunProgress | null;
  live: boolean;
}) {
  const qc = useQueryClient();
  const p = props.progress;
  const changes = p?.changes ?? 0;
  useEffect(() => {
    if (!changes) return;
    void qc.invalidateQueries({ queryKey: queryKeys.session(props.sessionId) });
    void qc.invalidateQueries({ queryKey: pipelineKeys.searches(props.sessionId) });
  }, [changes, qc, props.sessionId]);
  if (!p) return null;
  const tokens = p.tokens.prompt + p.tokens.completion;
  const parts = [
    p.maxRounds ? `round ${p.roundsDone}/${p.maxRounds}` : null,
    p.outcome ?? p.phase,
    p.requestsTotal ? `${p.requestsDone}/${p.requestsTotal} requests` : null,
    `${fmtTokens(tokens)} tokens${p.budgetTokens ? ` of ${fmtTokens(p.budgetTokens)}` : ''}${
      p.tokens.reasoning ? ` (${fmtTokens(p.tokens.reasoning)} reasoning)` : ''
    }`,
    fmtDuration(p.elapsedMs),
    props.live && p.etaMs != null && !p.outcome ? `ETA ${fmtDuration(p.etaMs)}` : null,
  ];
  return (
    <span
      className="pipeline-progress"
      data-testid="pipeline-progress"
      data-round={p.round ?? ''}
      data-rounds-done={p.roundsDone}
      data-outcome={p.outcome ?? ''}
    >
      {p.round ? <strong>R{p.round} · </strong> : null}
      {parts.filter(Boolean).join(' · ')}
    </span>
  );
}
