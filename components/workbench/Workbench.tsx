'use client';

import page from '@/components/app/page.module.css';
import { useSession } from '@/hooks/use-session';
import { WorkbenchView } from './WorkbenchView';

/** Loads a session, then shows its workbench. */
export function Workbench({ sessionId }: { sessionId: string }) {
  const { data: session, error } = useSession(sessionId);
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
