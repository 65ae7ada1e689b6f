import 'server-only';
import { sharedByInstances } from '@/lib/db';
import { type Run, TERMINAL_STATUSES } from '@/lib/schemas';
import { activeRunForSession } from './registry';

/**
 * The session's run going now, for its JSON (the workbench follows it): the one executing
 * here, else on Postgres the newest one not yet ended (`runs` newest first), which another
 * instance executes.
 */
export function sessionActiveRunId(
  sessionId: string,
  runs: readonly Pick<Run, 'id' | 'status'>[],
): string | null {
  const local = activeRunForSession(sessionId)?.run.id;
  if (local) return local;
  if (!sharedByInstances()) return null;
  return runs.find((r) => !TERMINAL_STATUSES.includes(r.status))?.id ?? null;
}
