import 'server-only';
import { deleteEmptyRound, emptyRoundsOfInterrupted } from '@/lib/db';
import { resumeInterruptedSearches } from '@/lib/search/control';

/**
 * After the core recovery marked crashed runs `interrupted`: rounds an autopilot was about
 * to write (still empty) are removed, and searches continue from their persisted steps.
 */
export async function recoverPipelines(): Promise<{ resumedSearches: number }> {
  for (const id of await emptyRoundsOfInterrupted('autopilot')) await deleteEmptyRound(id);
  return { resumedSearches: await resumeInterruptedSearches() };
}
