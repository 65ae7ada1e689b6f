'use client';

import outputStyles from '@/components/workbench/model-output.module.css';
import { useStoredRunText } from '@/hooks/use-run';
import styles from './grading.module.css';

/**
 * The grader model's reasoning behind the automatic grade, on demand: a thinking grader's
 * reasons for its points are often far longer than the reasons it states. Read from the
 * grading run that gave the grade; nothing is shown when it reasoned in silence.
 */
export function GraderReasoning({ runId }: { runId: string }) {
  const { data } = useStoredRunText(runId, 'succeeded', true);
  if (!data?.reasoning) return null;
  return (
    <details className={styles.reasons} data-testid="auto-grade-reasoning">
      <summary>
        Grader’s reasoning ({data.reasoning.length.toLocaleString('en')} characters)
      </summary>
      <pre className={outputStyles.reasoning}>{data.reasoning}</pre>
    </details>
  );
}
