import 'server-only';
import { finishedAutopilotsOnProblem, getSession, lastRunProgress } from '@/lib/db';
import type { AutopilotComparison, AutopilotTokens } from '@/lib/schemas';
import { chainResumedRuns } from './autopilot-chains';

/** How many efforts of each kind the comparison lists. */
const SHOWN = 5;

/**
 * What autopilot cost on this session's problem (issue 17): the finished part-by-part runs
 * and the finished whole-proof runs of every session with exactly this problem, each with its
 * tokens and how it ended; a stopped run and the run that resumed it count as one effort. Either list may be empty: the Rounds tab then says there is nothing
 * to compare with, rather than a number.
 */
export async function autopilotComparison(sessionId: string): Promise<AutopilotComparison> {
  const session = await getSession(sessionId);
  if (!session) return { parts: [], whole: [] };
  const rows = await finishedAutopilotsOnProblem(session.problem);
  const lines = chainResumedRuns(
    rows.map(
      (r): AutopilotTokens => ({
        runId: r.id,
        sessionId: r.sessionId,
        here: r.sessionId === sessionId,
        byParts: r.byParts,
        status: r.status,
        tokens: (r.usage?.promptTokens ?? 0) + (r.usage?.completionTokens ?? 0),
        outcome: null,
        end: null,
        finishedAt: r.finishedAt,
      }),
    ),
  );
  // How each shown effort ended, read for those only (its newest run's last progress).
  const withOutcome = async (l: AutopilotTokens): Promise<AutopilotTokens> => {
    const progress = await lastRunProgress(l.runId);
    return { ...l, outcome: progress?.outcome ?? null, end: progress?.end ?? null };
  };
  return {
    parts: await Promise.all(
      lines
        .filter((l) => l.byParts)
        .slice(0, SHOWN)
        .map(withOutcome),
    ),
    whole: await Promise.all(
      lines
        .filter((l) => !l.byParts)
        .slice(0, SHOWN)
        .map(withOutcome),
    ),
  };
}
