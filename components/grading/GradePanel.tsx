'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { teachApi, teachKeys } from '@/lib/client/teach-api';
import { AutoGrade } from './AutoGrade';
import styles from './grading.module.css';
import { HumanGradeForm } from './HumanGradeForm';

/**
 * Grades out of 7 for a session: the grader model's (with its reasons), started here, and
 * the person's own with a rationale. Both are kept; neither overwrites the other.
 */
export function GradePanel({ sessionId, hasProof }: { sessionId: string; hasProof: boolean }) {
  const qc = useQueryClient();
  const { data: grade, error } = useQuery({
    queryKey: teachKeys.grade(sessionId),
    queryFn: () => teachApi.grade(sessionId),
  });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: teachKeys.grade(sessionId) });
    void qc.invalidateQueries({ queryKey: ['session', sessionId] });
    void qc.invalidateQueries({ queryKey: ['review'] });
  };
  return (
    <section className={styles.panel} data-testid="grade-panel">
      {error ? (
        <p className="error" role="alert">
          {(error as Error).message}
        </p>
      ) : null}
      <AutoGrade
        sessionId={sessionId}
        grade={grade?.auto ?? null}
        hasProof={hasProof}
        onDone={refresh}
      />
      <HumanGradeForm sessionId={sessionId} grade={grade?.human ?? null} onSaved={refresh} />
    </section>
  );
}
