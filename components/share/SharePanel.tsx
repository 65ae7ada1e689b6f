'use client';

import { useEffect, useState } from 'react';
import { useShares } from '@/hooks/use-sharing';
import styles from './share.module.css';

/**
 * Read-only links to this session. Anyone with a link sees the session (and nothing else)
 * until it is revoked; the token is 128 random bits, so links cannot be guessed.
 */
export function SharePanel({ sessionId }: { sessionId: string }) {
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  const { shares, create, revoke } = useShares(sessionId);
  return (
    <div className={styles.panel}>
      <button
        type="button"
        data-testid="share-create"
        disabled={create.isPending}
        onClick={() => create.mutate()}
      >
        Create a read-only link
      </button>
      {shares.length === 0 ? <p className="muted">No live links.</p> : null}
      <ul>
        {shares.map((s) => (
          <li key={s.token} data-testid="share-link" data-token={s.token}>
            <input
              readOnly
              value={`${origin}${s.url}`}
              onFocus={(e) => e.target.select()}
              aria-label="Share link"
            />
            <button
              type="button"
              onClick={() => void navigator.clipboard?.writeText(`${origin}${s.url}`)}
            >
              Copy
            </button>
            <button
              type="button"
              className="danger"
              data-testid="share-revoke"
              onClick={() => revoke.mutate(s.token)}
            >
              Revoke
            </button>
          </li>
        ))}
      </ul>
      {(create.error ?? revoke.error) ? (
        <p className="error" role="alert">
          {(create.error ?? revoke.error)?.message}
        </p>
      ) : null}
    </div>
  );
}
