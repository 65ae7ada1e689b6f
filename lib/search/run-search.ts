import 'server-only';
import { createSearch, getSearch, searchOfRun, updateSearch } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { ended, type JobOutcome, type JobStart, type RunContext, startJob } from '@/lib/runs';
import type { Run, RunEnd, SearchParams, SearchStatus } from '@/lib/schemas';
import { type DriveOutcome, driveSearch } from './driver';
import { searchExecutor } from './engine';
import { clearPause, pauseRequested } from './pause-flags';
import { loadPool } from './pool';
import { SearchScheduler } from './scheduler';
import type { ScheduleMode } from './types';

const STATUS: Record<DriveOutcome, SearchStatus> = {
  passed: 'passed',
  exhausted: 'exhausted',
  budget: 'budget',
  stopped: 'paused',
};

const MESSAGE: Record<SearchStatus, string> = {
  running: 'Searching…',
  passed: 'A proof passed all its verifications.',
  exhausted: 'All iterations done; no proof passed every verification.',
  budget: 'Token budget spent.',
  paused: 'Paused: resume to continue where it stopped.',
  cancelled: 'Cancelled.',
  failed: 'The search failed.',
};

/** Why the search's run ended, for the UI's tone: only `passed` is a success. */
const END: Record<SearchStatus, RunEnd> = {
  running: 'stopped',
  passed: 'passed',
  exhausted: 'exhausted',
  budget: 'budget',
  paused: 'paused',
  cancelled: 'cancelled',
  failed: 'model-failed',
};

/** Drives a search from its persisted state until it passes, runs out, or is stopped. */
async function runSearch(
  run: RunContext,
  searchId: string,
  params: SearchParams,
  mode: ScheduleMode,
): Promise<JobOutcome> {
  const before = await loadPool(searchId);
  const scheduler = new SearchScheduler(params, mode).restore(before.pool);
  const priorTokens = before.tokens.prompt + before.tokens.completion;
  const phase = () =>
    `pool ${scheduler.pool.length} proofs · ${scheduler.inFlight} request(s) running`;
  run.changed({
    searchId,
    phase: phase(),
    requestsDone: before.requests,
    requestsTotal: before.requests + scheduler.remaining(),
  });
  const budget = params.budgetTokens ?? null;
  const outcome = await driveSearch({
    scheduler,
    execute: searchExecutor(run, searchId),
    concurrency: params.concurrency,
    signal: run.signal,
    limitReached: () =>
      pauseRequested(searchId) || (budget !== null && priorTokens + run.tokensUsed() >= budget),
    onResult: () => {
      run.update({
        phase: phase(),
        requestsTotal: run.progress.requestsDone + scheduler.remaining(),
      });
    },
  });
  // Cancel marks the search before stopping its run; a plain stop is a pause.
  const current = (await getSearch(searchId))?.status;
  let status = outcome === 'stopped' && current === 'cancelled' ? 'cancelled' : STATUS[outcome];
  if (pauseRequested(searchId) && (outcome === 'budget' || outcome === 'stopped'))
    status = 'paused';
  clearPause(searchId);
  const allFailed = scheduler.pool.length > 0 && scheduler.pool.every((c) => c.failed);
  if (status === 'exhausted' && allFailed) status = 'failed';
  await updateSearch(searchId, {
    status,
    error:
      status === 'failed'
        ? 'Every proof request failed: check the generator model in Settings.'
        : null,
    finishedAt: status === 'paused' ? null : Date.now(),
  });
  run.changed({ phase: MESSAGE[status] });
  return ended(END[status], MESSAGE[status]);
}

/**
 * A search as a job: it drives itself from its persisted pool, so with several instances any
 * of them can execute it; its plan marks the search as driven by this run (the same write
 * when done again by the executing instance).
 */
function searchJobStart(
  searchId: () => Promise<string>,
  params: SearchParams,
  mode: ScheduleMode = 'pipelined',
): JobStart {
  return {
    kind: 'search',
    params,
    queued: mode === 'pipelined' ? undefined : false,
    plan: async (_session, runId) => {
      const id = await searchId();
      await updateSearch(id, { runId, status: 'running', finishedAt: null });
      return {
        roundId: null,
        progress: { searchId: id },
        job: (run) => runSearch(run, id, params, mode),
      };
    },
  };
}

function searchStart(
  searchId: () => Promise<string>,
  sessionId: string,
  params: SearchParams,
  mode: ScheduleMode = 'pipelined',
) {
  return startJob(sessionId, searchJobStart(searchId, params, mode));
}

/** The job of a search's queued run, for the instance that executes it. */
export async function searchRunJob(runId: string): Promise<JobStart | null> {
  const search = await searchOfRun(runId);
  if (!search) return null;
  return searchJobStart(async () => search.id, search.params as SearchParams);
}

/** `mode: 'batch'` is the reference harness's schedule, for `npm run bench:search` only. */
export async function startSearch(
  sessionId: string,
  input: SearchParams & { kind: 'search' },
  mode: ScheduleMode = 'pipelined',
): Promise<Run> {
  const { kind: _kind, ...params } = input;
  let created: string | null = null;
  return searchStart(
    async () => {
      created ??= await createSearch({ sessionId, runId: '', params });
      return created;
    },
    sessionId,
    params,
    mode,
  );
}

/** Continues a paused search, or one a restart interrupted, from its persisted steps. */
export async function resumeSearch(searchId: string): Promise<Run> {
  const search = await getSearch(searchId);
  if (!search) throw notFound('Search');
  if (search.status !== 'paused' && search.status !== 'running') {
    throw new AppError('conflict', `This search has ended (${search.status}); start a new one.`);
  }
  return searchStart(async () => searchId, search.sessionId, search.params as SearchParams);
}
