'use client';

import { Play, X } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { RubricSection } from '@/components/rubric/RubricSection';
import { Tip } from '@/components/ui/Tip';
import { useProblem, useStartSessionFromProblem } from '@/hooks/use-library';
import styles from './library.module.css';

/** A problem in full, its reference material folded, and the action that starts a session. */
export function ProblemDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const router = useRouter();
  const { data: p, error } = useProblem(id);
  const start = useStartSessionFromProblem(id);
  if (error)
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );
  if (!p) return <p className="muted">Loading problem…</p>;
  return (
    <section className={styles.detail} data-testid="problem-detail" data-problem-id={p.id}>
      <div className={styles.detailHead}>
        <div>
          <strong>{p.source || p.key}</strong>
          <div className="muted">
            {[p.origin === 'import' ? p.key : 'built-in', p.category, p.level]
              .filter(Boolean)
              .join(' · ')}
          </div>
        </div>
        <Tip label="Close the problem">
          <button
            type="button"
            className="icon-button"
            onClick={onClose}
            aria-label="Close problem"
          >
            <X size={16} aria-hidden />
          </button>
        </Tip>
      </div>
      <MathMarkdown text={p.statement} />
      {p.shortAnswer.trim() ? (
        <details>
          <summary>Answer</summary>
          <MathMarkdown text={p.shortAnswer} />
        </details>
      ) : null}
      {p.solution.trim() ? (
        <details>
          <summary>Reference solution</summary>
          <MathMarkdown text={p.solution} />
        </details>
      ) : null}
      {p.guidelines.trim() ? (
        <details>
          <summary>Grading guidelines</summary>
          <MathMarkdown text={p.guidelines} />
        </details>
      ) : null}
      <RubricSection problemId={p.id} />
      <div className="form-row">
        <button
          type="button"
          className="primary"
          data-testid="start-session"
          disabled={start.isPending}
          onClick={() =>
            start.mutate(undefined, {
              onSuccess: ({ id: sessionId }) => router.push(`/sessions/${sessionId}`),
            })
          }
        >
          <Play size={14} aria-hidden />
          {start.isPending ? 'Starting…' : 'Start a session on this problem'}
        </button>
        {start.error ? (
          <span className="error" role="alert">
            {start.error.message}
          </span>
        ) : null}
      </div>
    </section>
  );
}
