'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { MathInline } from '@/components/math/MathInline';
import { ScoreBadge } from '@/components/workbench/ScoreBadge';
import { api, queryKeys } from '@/lib/client/api';

function ago(ms: number): string {
  const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  return new Date(ms).toLocaleDateString();
}

/** Sessions, most recently touched first, with their last verifier score. */
export function SessionList() {
  const { data, error, isLoading } = useQuery({
    queryKey: queryKeys.sessions,
    queryFn: api.listSessions,
  });
  if (isLoading) return <p className="muted">Loading sessions…</p>;
  if (error)
    return (
      <p className="error" role="alert">
        {(error as Error).message}
      </p>
    );
  const sessions = data?.sessions ?? [];
  return (
    <section className="session-list">
      <h2>Sessions</h2>
      {sessions.length === 0 ? <p className="muted">No sessions yet.</p> : null}
      <ul>
        {sessions.map((s) => (
          <li key={s.id} data-testid="session-row">
            <Link href={`/sessions/${s.id}`}>
              <MathInline text={s.title} />
            </Link>
            <span className="muted">
              {s.rounds} round{s.rounds === 1 ? '' : 's'} · {ago(s.updatedAt)}
            </span>
            <ScoreBadge score={s.lastScore} label="last" />
          </li>
        ))}
      </ul>
    </section>
  );
}
