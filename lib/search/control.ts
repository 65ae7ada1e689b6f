import 'server-only';
import { getSearch, listRunningSearches, updateSearch } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { activeRun, stopRun } from '@/lib/runs';
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
  else if (search.status === 'running') await updateSearch(id, { status: 'paused' });
}

export async function cancelSearch(id: string): Promise<void> {
  const search = await searchOrThrow(id);
  if (search.status !== 'running' && search.status !== 'paused') {
    throw new AppError('conflict', `This search has already ended (${search.status}).`);
  }
  await updateSearch(id, { status: 'cancelled', finishedAt: Date.now() });
  if (search.runId && activeRun(search.runId)) stopRun(search.runId);
}

/**
 * On start-up: every search a restart interrupted continues from its persisted steps (its
 * old run was marked interrupted by the run recovery; a new run drives it now).
 */
export async function resumeInterruptedSearches(): Promise<number> {
  let resumed = 0;
  for (const search of await listRunningSearches()) {
    if (search.runId && activeRun(search.runId)) continue;
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
