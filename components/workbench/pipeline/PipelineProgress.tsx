'use client';

import type { RunProgress } from '@/lib/schemas';
import { fmtDuration, fmtTokens } from './format';

/**
 * Live progress of a multi-step run: round, what is running, tokens and time spent, ETA.
 * (What the run changes is read again by the run's follower, useCurrentRun.)
 */
export function PipelineProgress(props: { progress: RunProgress | null; live: boolean }) {
  const p = props.progress;
  if (!p) return null;
  const tokens = p.tokens.prompt + p.tokens.completion;
  return (
    <span
      className="pipeline-progress"
      data-testid="pipeline-progress"
      data-round={p.round ?? ''}
      data-rounds-done={p.roundsDone}
      data-outcome={p.outcome ?? ''}
    >
      {p.round ? <strong>R{p.round}</strong> : null}
      {p.maxRounds ? ` · round ${p.roundsDone}/${p.maxRounds}` : ''} · {p.outcome ?? p.phase}
      {p.requestsTotal ? ` · ${p.requestsDone}/${p.requestsTotal} requests` : ''}
      {` · ${fmtTokens(tokens)} tokens`}
      {p.budgetTokens ? ` of ${fmtTokens(p.budgetTokens)}` : ''}
      {` (${fmtTokens(p.tokens.reasoning)} reasoning)`} · {fmtDuration(p.elapsedMs)}
      {props.live && p.etaMs != null && !p.outcome ? ` · ETA ${fmtDuration(p.etaMs)}` : ''}
    </span>
  );
}
