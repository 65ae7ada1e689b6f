'use client';

import uiStyles from '@/components/ui/ui.module.css';
import { useSessionUsage } from '@/hooks/use-usage';
import type { UsageLine } from '@/lib/schemas';
import { fmtCost, fmtDuration, fmtTokens } from '../format';

function Row({ line, testId, priced }: { line: UsageLine; testId: string; priced: boolean }) {
  return (
    <tr data-testid={testId} data-id={line.id}>
      <td>{line.label}</td>
      <td>{line.requests}</td>
      <td>{fmtTokens(line.promptTokens)}</td>
      <td>{fmtTokens(line.reasoningTokens)}</td>
      <td>{fmtTokens(line.answerTokens)}</td>
      <td>{fmtDuration(line.timeMs)}</td>
      <td data-testid="usage-cost">{priced ? fmtCost(line.cost) : 'set prices'}</td>
    </tr>
  );
}

/** Tokens (reasoning and answer), time and cost per run, per round and for the session. */
export function UsagePanel({ sessionId, version }: { sessionId: string; version: string }) {
  const { data } = useSessionUsage(sessionId, version);
  if (!data) return <p className="muted">Loading usage…</p>;
  return (
    <table className={uiStyles.figures} data-testid="usage-table">
      <thead>
        <tr>
          <th />
          <th>requests</th>
          <th>prompt</th>
          <th>reasoning</th>
          <th>answer</th>
          <th>time</th>
          <th title={data.pricesError ?? 'Prices per model from PROOFDESK_PRICES (see README)'}>
            cost
          </th>
        </tr>
      </thead>
      <tbody>
        <Row line={data.session} testId="usage-session" priced={data.priced} />
        {data.roles.map((l) => (
          <Row key={l.id} line={l} testId="usage-role" priced={data.priced} />
        ))}
        {data.rounds.map((l) => (
          <Row key={l.id} line={l} testId="usage-round" priced={data.priced} />
        ))}
        {data.runs.map((l) => (
          <Row key={l.id} line={l} testId="usage-run" priced={data.priced} />
        ))}
      </tbody>
    </table>
  );
}
