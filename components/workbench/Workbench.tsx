'use client';

import { useQuery } from '@tanstack/react-query';
import { api, queryKeys } from '@/lib/client/api';
import { WorkbenchView } from './WorkbenchView';

/** Loads a session, then shows its workbench. */
export function Workbench({ sessionId }: { sessionId: string }) {
  const { data: session, error } = useQuery({
    queryKey: queryKeys.session(sessionId),
    queryFn: () => api.getSession(sessionId),
  });
  if (error) {
    return (
      <main className="page">
        <p className="error" role="alert">
          {(error as Error).message}
        </p>
      </main>
    );
  }
  if (!session) {
    return (
      <main className="page">
        <p className="muted">Loading session…</p>
      </main>
    );
  }
  return <WorkbenchView session={session} />;
}
