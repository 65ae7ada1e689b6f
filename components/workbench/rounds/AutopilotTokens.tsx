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
    </li>
  );
}

function RunList(p: { title: string; runs: Line[]; none: string; noneTestId: string }) {
  return (
    <>
      <p>{p.title}</p>
      {p.runs.length ? (
        <ul>
          {p.runs.map((l) => (
            <RunLine key={l.runId} line={l} />
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid={p.noneTestId}>
          {p.none}
        </p>
      )}
    </>
  );
}

/**
 * Autopilot part by part against whole-proof autopilot on this problem (issue 17): the
 * tokens each spent, newest first. When either kind never ran on the problem there is
 * nothing to compare, and it says so instead of a ratio.
 */
export function AutopilotTokens({ sessionId, version }: { sessionId: string; version: string }) {
  const { data } = useSessionUsage(sessionId, version);
  const runs = data?.autopilots;
  if (!runs || (!runs.parts.length && !runs.whole.length)) return null;
  const [parts, whole] = [runs.parts[0], runs.whole[0]];
  return (
    <section className={styles.autopilots} data-testid="autopilot-comparison">
      <h3>Autopilot on this problem: part by part against whole proof</h3>
      <RunList
        title="Part by part"
        runs={runs.parts}
        none="No part-by-part autopilot has run on this problem yet."
        noneTestId="autopilot-no-parts"
      />
      <RunList
        title="Whole proof"
        runs={runs.whole}
        none="No whole-proof autopilot has run on this problem, so there is nothing to compare with."
        noneTestId="autopilot-no-whole"
      />
      {parts && whole && whole.tokens > 0 ? (
        <p data-testid="autopilot-ratio">
          The latest part-by-part run spent{' '}
          <strong>{Math.round((100 * parts.tokens) / whole.tokens)}%</strong> of the tokens of the
          latest whole-proof run.
        </p>
      ) : null}
    </section>
  );
}
