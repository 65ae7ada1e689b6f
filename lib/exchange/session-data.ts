import 'server-only';
import { deriveTitle, dumpSession } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { type SessionView, toSessionView } from '@/lib/proof-view/session-view';
import type { SessionExport } from '@/lib/schemas';

export async function sessionExportData(id: string): Promise<SessionExport> {
  const data = await dumpSession(id);
  if (!data) throw notFound('Session');
  return data;
}

export const titleOf = (data: SessionExport) =>
  deriveTitle(data.session.problem, data.session.title);

/** The read-only view of a session (print page, replay); undefined when it does not exist. */
export async function sessionView(id: string): Promise<SessionView | undefined> {
  const data = await dumpSession(id);
  return data ? toSessionView(data, titleOf(data)) : undefined;
}
