import type { Round, RunSummary } from '@/lib/schemas';

export type RoundRunIds = {
  /** The run that wrote the round's draft (generate or refine), if the model wrote it. */
  draft: string | null;
  /** The newest single-request verification of the round (its report is one text). */
  report: string | null;
};

/**
 * Which runs belong to a round: Output, Reasoning and Self-evaluation show the selected
 * round's, never simply the session's latest run. `runs` come newest first.
 */
export function roundRunIds(round: Round | null, runs: readonly RunSummary[]): RoundRunIds {
  if (!round) return { draft: null, report: null };
  const report = runs.find(
    (r) => r.roundId === round.id && r.kind === 'verify' && r.status !== 'failed',
  );
  return { draft: round.sourceRunId, report: report?.id ?? null };
}
