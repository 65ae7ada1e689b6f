'use client';

import { useDeferredValue } from 'react';
import page from '@/components/app/page.module.css';
import { useSession } from '@/hooks/use-session';
import { WorkbenchView } from './WorkbenchView';

/**
 * Loads a session, then shows its workbench. A new answer for the session (a refetch when a
 * run ends, findings arriving, a decision) re-renders the whole workbench: it is rendered as a
 * deferred value, in slices that yield to typing and painting, rather than in one blocking
 * task (the query cache notifies its subscribers synchronously, which no transition can
 * slice; bench:render's longest task was this render when a draft ended).
 */
export function Workbench({ sessionId }: { sessionId: string }) {
  const { data, error } = useSession(sessionId);
  const session = useDeferredValue(data);
  if (error) {
    return (
      <main className={page.page}>
        <p className="error" role="alert">
          {error.message}
        </p>
      </main>
    );
  }
  if (!session) {
    return (
      <main className={page.page}>
        <p className="muted">Loading session…</p>
      </main>
    );
  }
  return <WorkbenchView session={session} />;
}
