import 'server-only';
import { getRun, getRunParams, getSearch, getSession, lastRunProgress } from '@/lib/db';
import { type ContinueJob, startRun } from '@/lib/runs';
import type { AutopilotInput } from '@/lib/schemas';
import { resumeSearch } from '@/lib/search';

/**
 * Continues a dead instance's autopilot or search on this one. A job may be delivered again
 * (a worker died after starting it): it does nothing once the session has moved past the
 * interrupted run, so no step is done twice.
 */
export async function continueRun(job: ContinueJob): Promise<void> {
  const old = await getRun(job.interruptedRunId, false);
  if (!old) return;
  const session = await getSession(old.sessionId);
  if (!session || session.lastRunId !== old.id) return;
  if (job.kind === 'search') {
    const search = await getSearch(job.searchId);
    if (search?.status === 'running' && search.runId === old.id) await resumeSearch(search.id);
    return;
  }
  const input = (await getRunParams(old.id)) as AutopilotInput;
  const progress = await lastRunProgress(old.id);
  // The rounds it refined and the tokens it spent count against the continuation's limits.
  const left = input.maxRounds - (progress?.roundsDone ?? 0);
  if (left < 1) return;
  const spent = progress ? progress.tokens.prompt + progress.tokens.completion : 0;
  const budget = input.budgetTokens == null ? input.budgetTokens : input.budgetTokens - spent;
  if (budget != null && budget <= 0) return;
  await startRun(old.sessionId, {
    ...input,
    roundId: undefined,
    maxRounds: left,
    budgetTokens: budget,
  });
}
