'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { Bot } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { Tip } from '@/components/ui/Tip';
import { teachApi } from '@/lib/client/teach-api';
import type { AutoGrade as AutoGradeValue } from '@/lib/schemas';
import styles from './grading.module.css';

const TERMINAL = ['succeeded', 'failed', 'stopped', 'interrupted'];

/** The grader model's verdict, and the button that asks for a new one. */
export function AutoGrade({
  sessionId,
  grade,
  hasProof,
  onDone,
}: {
  sessionId: string;
  grade: AutoGradeValue | null;
  hasProof: boolean;
  onDone: () => void;
}) {
  const [runId, setRunId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => teachApi.startGrade(sessionId),
    onSuccess: (r) => setRunId(r.runId),
  });
  // A grade is one short request: polling its status is simpler than a second event stream.
  const run = useQuery({
    queryKey: ['grade-run', runId],
    queryFn: () => teachApi.runStatus(runId as string),
    enabled: runId !== null,
    refetchInterval: (q) => (q.state.data && TERMINAL.includes(q.state.data.status) ? false : 700),
  });
  const status = run.data?.status ?? (runId ? 'queued' : null);
  const finished = status !== null && TERMINAL.includes(status);
  const notified = useRef<string | null>(null);
  useEffect(() => {
    // Once per run: the parent's callback changes identity on every render.
    if (finished && runId && notified.current !== runId) {
      notified.current = runId;
      onDone();
    }
  }, [finished, runId, onDone]);
  const busy = start.isPending || (runId !== null && !finished);
  return (
    <div className={styles.block}>
      <div className={styles.row}>
        <h3>Automatic grade</h3>
        <span className={styles.points} data-testid="auto-grade" data-points={grade?.points ?? ''}>
          {grade ? `${grade.points} / 7` : '—'}
        </span>
        <Tip label="Grade the latest proof against the reference solution and guidelines (grader model)">
          <button
            type="button"
            data-testid="grade-button"
            disabled={!hasProof || busy}
            onClick={() => start.mutate()}
          >
            <Bot size={14} aria-hidden />
            {busy ? 'Grading…' : grade ? 'Grade again' : 'Grade with model'}
          </button>
        </Tip>
      </div>
      {status ? (
        <p className="muted" data-testid="grade-run-status" data-status={status}>
          Grader run: {status}
          {run.data?.error ? <span className="error"> — {run.data.error}</span> : null}
        </p>
      ) : null}
      {start.error ? (
        <p className="error" role="alert">
          {(start.error as Error).message}
        </p>
      ) : null}
      {grade ? (
        <details open className={styles.reasons} data-testid="auto-grade-reasons">
          <summary>Grader’s reasons</summary>
          <MathMarkdown text={grade.reasons || '(none given)'} />
        </details>
      ) : null}
    </div>
  );
}
