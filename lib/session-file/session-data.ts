import 'server-only';
import { deriveTitle, dumpSession } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { type ReadOnlyView, toReadOnlyView } from '@/lib/proof-view/read-only-view';
import type { SessionExport } from '@/lib/schemas';

export async function sessionExportData(id: string): Promise<SessionExport> {
  const data = await dumpSession(id);
  if (!data) throw notFound('Session');
  return data;
}

export const titleOf = (data: SessionExport) =>
  deriveTitle(data.session.problem, data.session.title);

/** The read-only view of a session (print page, replay); undefined when it does not exist. */
export async function readOnlyView(id: string): Promise<ReadOnlyView | undefined> {
  const data = await dumpSession(id);
  return data ? toReadOnlyView(data, titleOf(data)) : undefined;
}
