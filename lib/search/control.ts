import 'server-only';
import { getRun, getSearch, listRunningSearches, updateSearch } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { activeRun, stopRunAnywhere } from '@/lib/runs';
import { requestPause } from './pause-flags';
import { resumeSearch } from './run-search';

async function searchOrThrow(id: string) {
  const search = await getSearch(id);
  if (!search) throw notFound('Search');
  return search;
}

/**
 * Pause: nothing more is launched, the requests in flight finish and are stored, then the
 * run ends (resume continues from there). The Stop button instead aborts them at once.
 */
export async function pauseSearch(id: string): Promise<void> {
  const search = await searchOrThrow(id);
  if (search.runId && activeRun(search.runId)) requestPause(id);
  else if (search.runId && (await driven(search.runId))) {
    // Driven by another instance (Postgres): its run is stopped there, and a stopped search
    // ends paused; the requests in flight are cut rather than awaited, the finished steps kept.
    await stopElsewhere(search.runId);
  } else if (search.status === 'running') await updateSearch(id, { status: 'paused' });
}

async function stopElsewhere(runId: string): Promise<void> {
  const run = await getRun(runId, false);
  if (run) await stopRunAnywhere(run);
}

export async function cancelSearch(id: string): Promise<void> {
  const search = await searchOrThrow(id);
  if (search.status !== 'running' && search.status !== 'paused') {
    throw new AppError('conflict', `This search has already ended (${search.status}).`);
  }
  await updateSearch(id, { status: 'cancelled', finishedAt: Date.now() });
  if (search.runId) await stopElsewhere(search.runId);
}

/** Its run is still going: here, or (several instances on Postgres) on another instance. */
async function driven(runId: string): Promise<boolean> {
  if (activeRun(runId)) return true;
  const status = (await getRun(runId, false))?.status;
  return status === 'queued' || status === 'running';
}

/**
 * On start-up: every search a restart interrupted continues from its persisted steps (its
 * old run was marked interrupted by the run recovery; a new run drives it now). A search
 * another instance is driving is left to it (or to whoever takes it over if that one died).
 */
export async function resumeInterruptedSearches(): Promise<number> {
  let resumed = 0;
  for (const search of await listRunningSearches()) {
    if (search.runId && (await driven(search.runId))) continue;
    try {
      await resumeSearch(search.id);
      resumed++;
    } catch (err) {
      await updateSearch(search.id, {
        status: 'failed',
        error: `Could not resume after a restart: ${(err as Error).message}`,
      });
    }
  }
  return resumed;
}
