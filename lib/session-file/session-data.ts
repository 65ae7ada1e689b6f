import 'server-only';
import { deriveTitle, dumpSession } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { type ReadOnlyView, toReadOnlyView } from '@/lib/proof-view/read-only-view';
import type { SessionExport } from '@/lib/schemas';
import { roundScoreNotes } from '@/lib/verification/score-notes';

export async function sessionExportData(id: string): Promise<SessionExport> {
  const data = await dumpSession(id);
  if (!data) throw notFound('Session');
  return data;
}

export const titleOf = (data: SessionExport) =>
  deriveTitle(data.session.problem, data.session.title);

/**
 * The read-only view of a session (print page, share, replay), each verifier score with what
 * stands behind it; undefined when the session does not exist.
 */
export async function readOnlyView(id: string): Promise<ReadOnlyView | undefined> {
  const data = await dumpSession(id);
  if (!data) return undefined;
  const view = toReadOnlyView(data, titleOf(data));
  const notes = await roundScoreNotes(id, data.rounds);
  return {
    ...view,
    rounds: view.rounds.map((r, i) => ({ ...r, scoreNote: notes.get(data.rounds[i].id) ?? null })),
  };
}
