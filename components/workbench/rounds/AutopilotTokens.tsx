'use client';

import { useSessionUsage } from '@/hooks/use-usage';
import type { AutopilotTokens as Line } from '@/lib/schemas';
import { fmtTokens } from '../format';
import styles from './rounds.module.css';

function RunLine({ line }: { line: Line }) {
  return (
    <li data-testid="autopilot-tokens-run" data-by-parts={line.byParts} data-tokens={line.tokens}>
      <strong>{fmtTokens(line.tokens)} tokens</strong>
      {' · '}
      {line.outcome ?? line.status}
      {' · '}
      <span className="muted">{line.here ? 'this session' : 'another session'}</span>
      {(line.runs ?? 1) > 1 ? (
        <span className="muted" data-testid="autopilot-tokens-resumed">
          {' · '}
          {line.runs} runs (stopped, then resumed)
        </span>
      ) : null}
    </li>
  );
}

function RunList(p: { title: string; runs: Line[]; none?: { text: string; testId: string } }) {
  return (
    <>
      <p>{p.title}</p>
      {p.runs.length ? (
        <ul>
          {p.runs.map((l) => (
            <RunLine key={l.runId} line={l} />
          ))}
        </ul>
      ) : p.none ? (
        <p className="muted" data-testid={p.none.testId}>
          {p.none.text}
        </p>
      ) : null}
    </>
  );
}

/**
 * Autopilot part by part against whole-proof autopilot on this problem (issue 17), shown once
 * this session has run part by part: the tokens each spent, newest first. When no
 * whole-proof autopilot ran on the problem there is nothing to compare, and it says so
 * instead of a ratio.
 */
export function AutopilotTokens({ sessionId, version }: { sessionId: string; version: string }) {
  const { data } = useSessionUsage(sessionId, version);
  const runs = data?.autopilots;
  // A session that never went part by part has nothing to set against whole-proof runs.
  if (!runs?.parts.some((l) => l.here)) return null;
  // A ratio only between efforts that ended on their own: a stopped run spent a part only.
  const [parts, whole] = [runs.parts.find((l) => l.finished), runs.whole.find((l) => l.finished)];
  return (
    <section className={styles.autopilots} data-testid="autopilot-comparison">
      <h3>Autopilot on this problem: part by part against whole proof</h3>
      <RunList title="Part by part" runs={runs.parts} />
      <RunList
        title="Whole proof"
        runs={runs.whole}
        none={{
          text: 'No whole-proof autopilot has run on this problem, so there is nothing to compare with.',
          testId: 'autopilot-no-whole',
        }}
      />
      {parts && whole && whole.tokens > 0 ? (
        <p data-testid="autopilot-ratio">
          The latest finished part-by-part run spent{' '}
          <strong>{Math.round((100 * parts.tokens) / whole.tokens)}%</strong> of the tokens of the
          latest finished whole-proof run.
        </p>
      ) : null}
    </section>
  );
}
