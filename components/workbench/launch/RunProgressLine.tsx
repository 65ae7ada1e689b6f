'use client';

import { runOutcome } from '@/lib/run-outcome';
import type { RunProgress, RunStatus } from '@/lib/schemas';
import { fmtDuration, fmtTokens } from '../format';
import { TONE_CLASS } from '../run-tone';
import styles from './launch.module.css';

/** Where the run stands, in short facts: round, phase or outcome, requests, tokens, time. */
function facts(p: RunProgress, live: boolean, outcomeApart: boolean): string[] {
  const tokens = p.tokens.prompt + p.tokens.completion;
  const budget = p.budgetTokens ? ` of ${fmtTokens(p.budgetTokens)}` : '';
  return [
    p.maxRounds ? `round ${p.roundsDone}/${p.maxRounds}` : '',
    outcomeApart ? '' : (p.outcome ?? p.phase),
    p.requestsTotal ? `${p.requestsDone}/${p.requestsTotal} requests` : '',
    `${fmtTokens(tokens)} tokens${budget} (${fmtTokens(p.tokens.reasoning)} reasoning)`,
    fmtDuration(p.elapsedMs),
    live && p.etaMs != null && !p.outcome ? `ETA ${fmtDuration(p.etaMs)}` : '',
  ].filter(Boolean);
}

/**
 * Live progress of a multi-step run: round, what is running, tokens and time spent, ETA.
 * A run that ended without success (an autopilot stopped before passing, a verification with
 * failed samples) gets its reason on a line of its own, whole and in the run's tone — never
 * green; a success keeps its outcome in the facts line. (What the run changes is read again
 * by the run's follower, useCurrentRun.)
 */
export function RunProgressLine(props: {
  progress: RunProgress | null;
  status: RunStatus | null;
  live: boolean;
  /** The run bar's layout for the outcome line (up to two lines, not cut on one). */
  outcomeClassName?: string;
}) {
  const p = props.progress;
  if (!p) return null;
  const tone = p.outcome
    ? runOutcome({ status: props.status, end: p.end, outcome: p.outcome }).tone
    : null;
  const apart = tone !== null && tone !== 'success';
  return (
    <>
      {apart ? (
        <span
          className={`${props.outcomeClassName ?? ''} ${TONE_CLASS[tone]}`}
          data-testid="run-outcome"
          data-tone={tone}
          title={p.outcome ?? undefined}
        >
          {p.outcome}
        </span>
      ) : null}
      <span
        className={styles.progress}
        data-testid="run-progress"
        data-round={p.round ?? ''}
        data-rounds-done={p.roundsDone}
        data-outcome={p.outcome ?? ''}
      >
        {p.round ? <strong>R{p.round}</strong> : null}
        {p.round ? ' · ' : ''}
        {facts(p, props.live, apart).join(' · ')}
      </span>
    </>
  );
}
