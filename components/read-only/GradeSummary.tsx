import { MathMarkdown } from '@/components/math/MathMarkdown';
import type { ReadOnlyView } from '@/lib/proof-view/read-only-view';
import styles from './read-only.module.css';

/** The automatic and human grades out of 7, with the grader's reasons and the rationale. */
export function GradeSummary({ grade }: { grade: ReadOnlyView['grade'] }) {
  if (!grade.auto && !grade.human) return null;
  return (
    <section className={styles.grades} data-testid="view-grades">
      <h2>Grades</h2>
      {grade.auto ? (
        <details>
          <summary data-testid="view-auto-grade">
            Automatic grade: <strong>{grade.auto.points} / 7</strong>
          </summary>
          <MathMarkdown text={grade.auto.reasons || '(no reasons given)'} />
        </details>
      ) : null}
      {grade.human ? (
        <div>
          <p data-testid="view-human-grade">
            Human grade: <strong>{grade.human.points} / 7</strong>
          </p>
          {grade.human.rationale.trim() ? <MathMarkdown text={grade.human.rationale} /> : null}
        </div>
      ) : null}
    </section>
  );
}
