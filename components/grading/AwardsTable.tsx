import { MathInline } from '@/components/math/MathInline';
import type { GradeAwards, Rubric } from '@/lib/schemas';
import styles from './grading.module.css';

/**
 * A grade's checkpoint awards against the rubric: each checkpoint's points out of its
 * maximum with the grader's reason, the deductions applied, and — shown, never hidden — a
 * stated total that disagrees with the awards, and anything that did not add up. The awards
 * are read against the rubric they were given under, which may no longer be the problem's.
 */
export function AwardsTable({
  awards,
  rubric,
  points,
  testId,
}: {
  awards: GradeAwards;
  rubric: Rubric | null;
  points: number;
  testId: string;
}) {
  const given = awards.rubric ?? rubric;
  const edited = !!awards.rubric && JSON.stringify(awards.rubric) !== JSON.stringify(rubric);
  const textOf = (id: string) => given?.checkpoints.find((c) => c.id === id);
  const mismatch = awards.statedPoints !== null && awards.statedPoints !== points;
  return (
    <div className={styles.block} data-testid={testId}>
      {edited ? (
        <p className="muted" role="note" data-testid={`${testId}-rubric-edited`}>
          {rubric
            ? 'The rubric has been edited since this grade: its checkpoints are shown as they were when it was given.'
            : 'The rubric has been removed since this grade: its checkpoints are shown as they were when it was given.'}
        </p>
      ) : null}
      {mismatch ? (
        <p className={styles.mismatch} role="status" data-testid={`${testId}-mismatch`}>
          The grader wrote {awards.statedPoints} out of 7, but its checkpoint awards add up to{' '}
          {points}: the grade is {points}.
        </p>
      ) : null}
      <table className={styles.table}>
        <tbody>
          {awards.checkpoints.map((a) => {
            const c = textOf(a.id);
            return (
              <tr key={a.id} data-testid={`${testId}-row`} data-checkpoint={a.id}>
                <td className={styles.awardPoints}>
                  {a.points} / {c?.points ?? '?'}
                </td>
                <td>
                  <strong>{a.id}</strong>{' '}
                  {c ? <MathInline text={c.text} /> : '(not in the rubric now)'}
                  {a.reason ? (
                    <div className="muted">
                      <MathInline text={a.reason} />
                    </div>
                  ) : null}
                </td>
              </tr>
            );
          })}
          {awards.deductions.map((d) => {
            const item = given?.deductions.find((x) => x.id === d.id);
            return (
              <tr key={d.id} data-testid={`${testId}-deduction`}>
                <td className={styles.awardPoints}>−{item?.points ?? '?'}</td>
                <td>
                  <strong>{d.id}</strong> {item ? <MathInline text={item.text} /> : null}
                  {d.reason ? <div className="muted">{d.reason}</div> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {awards.notes.length ? (
        <ul className="muted" data-testid={`${testId}-notes`}>
          {awards.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
