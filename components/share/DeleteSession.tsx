'use client';

import { Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useDeleteSession } from '@/hooks/use-delete-session';
import styles from './share.module.css';

const QUESTION =
  'Delete this session? Its rounds, findings, runs, grades and share links are deleted with it, and this cannot be undone. (Export it as JSON first to keep a copy.)';

/** Deletes the session after asking, then goes home; a refusal (a run still going) is shown. */
export function DeleteSession({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const remove = useDeleteSession(sessionId);
  return (
    <>
      <button
        type="button"
        data-testid="delete-session"
        aria-label="Delete session"
        title="Delete session"
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(QUESTION))
            remove.mutate(undefined, { onSuccess: () => router.push('/') });
        }}
      >
        <Trash2 size={14} aria-hidden />
      </button>
      {remove.error ? (
        <p className={styles.toolError} role="alert" data-testid="delete-session-error">
          {remove.error.message}
        </p>
      ) : null}
    </>
  );
}
