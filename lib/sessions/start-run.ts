import 'server-only';
import { startRun } from '@/lib/runs';
import type { CreateRunInput, Run } from '@/lib/schemas';
import { startSearch } from '@/lib/search';

/**
 * `POST /api/sessions/:id/runs`: a search is started by lib/search, every other kind by
 * lib/runs — both as jobs of the same engine. Lives here, above both, so neither area
 * imports the other's starter.
 */
export function startSessionRun(sessionId: string, input: CreateRunInput): Promise<Run> {
  return input.kind === 'search' ? startSearch(sessionId, input) : startRun(sessionId, input);
}
