'use client';

import { Bot } from 'lucide-react';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { Tip } from '@/components/ui/Tip';
import { useAutoGrade } from '@/hooks/use-grading';
import type { AutoGrade as AutoGradeValue, Rubric } from '@/lib/schemas';
import { AwardsTable } from './AwardsTable';
import { GraderReasoning } from './GraderReasoning';
import styles from './grading.module.css';

/** The grader model's verdict, and the button that asks for a new one. */
export function AutoGrade({
  sessionId,
  grade,
  rubric,
  hasProof,
}: {
  sessionId: string;
  grade: AutoGradeValue | null;
  rubric: Rubric | null;
  hasProof: boolean;
}) {
  const { start, status, runError, startError, busy } = useAutoGrade(sessionId);
  return (
    <div className={styles.block}>
      <div className={styles.row}>
        <h3>Automatic grade</h3>
        <span className={styles.points} data-testid="auto-grade" data-points={grade?.points ?? ''}>
          {grade ? `${grade.points} / 7` : '—'}
        </span>
        <Tip
          label={
            rubric
              ? 'Grade the latest proof checkpoint by checkpoint against the rubric (grader model)'
              : 'Grade the latest proof against the reference solution and guidelines (grader model)'
          }
        >
          <button
            type="button"
            data-testid="grade-button"
            disabled={!hasProof || busy}
            onClick={start}
          >
            <Bot size={14} aria-hidden />
            {busy ? 'Grading…' : grade ? 'Grade again' : 'Grade with model'}
          </button>
        </Tip>
      </div>
      {status ? (
        <p className="muted" data-testid="grade-run-status" data-status={status}>
          Grader run: {status}
          {runError ? <span className="error"> — {runError}</span> : null}
        </p>
      ) : null}
      {startError ? (
        <p className="error" role="alert">
          {startError.message}
        </p>
      ) : null}
      {grade?.awards ? (
        <AwardsTable
          awards={grade.awards}
          rubric={rubric}
          points={grade.points}
          testId="auto-awards"
        />
      ) : null}
      {grade ? (
        <details open className={styles.reasons} data-testid="auto-grade-reasons">
          <summary>Grader’s reasons</summary>
          <MathMarkdown text={grade.reasons || '(none given)'} />
        </details>
      ) : null}
      {grade?.runId ? <GraderReasoning runId={grade.runId} /> : null}
    </div>
  );
}
