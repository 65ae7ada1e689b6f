'use client';

import { useSessionGrade } from '@/hooks/use-grading';
import { AutoGrade } from './AutoGrade';
import { CheckpointGradeForm } from './CheckpointGradeForm';
import styles from './grading.module.css';
import { HumanGradeForm } from './HumanGradeForm';

/**
 * Grades out of 7 for a session: the grader model's (with its reasons), started here, and
 * the person's own with a rationale. Both are kept; neither overwrites the other. When the
 * session's problem has a rubric, both grade checkpoint by checkpoint.
 */
export function GradePanel({ sessionId, hasProof }: { sessionId: string; hasProof: boolean }) {
  const { data: grade, error } = useSessionGrade(sessionId);
  const rubric = grade?.rubric ?? null;
  return (
    <section className={styles.panel} data-testid="grade-panel">
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
      <AutoGrade
        sessionId={sessionId}
        grade={grade?.auto ?? null}
        rubric={rubric}
        hasProof={hasProof}
      />
      {rubric ? (
        <CheckpointGradeForm
          key={grade?.human?.updatedAt ?? 'none'}
          sessionId={sessionId}
          rubric={rubric}
          grade={grade?.human ?? null}
        />
      ) : (
        <HumanGradeForm sessionId={sessionId} grade={grade?.human ?? null} />
      )}
    </section>
  );
}
