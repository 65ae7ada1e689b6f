import { MathInline } from '@/components/math/MathInline';
import type { Rubric } from '@/lib/schemas';
import styles from './rubric.module.css';

const pts = (n: number) => `${n} ${n === 1 ? 'pt' : 'pts'}`;

/** A rubric read-only: checkpoints with their points, what earns nothing, deductions. */
export function RubricView({ rubric }: { rubric: Rubric }) {
  return (
    <div data-testid="rubric-view">
      <p className={styles.label}>Checkpoints</p>
      <ol className={styles.list}>
        {rubric.checkpoints.map((c) => (
          <li key={c.id} data-testid="rubric-view-checkpoint">
            <span className={styles.pts}>{pts(c.points)}</span> · <strong>{c.id}</strong>{' '}
            <MathInline text={c.text} />
          </li>
        ))}
      </ol>
      {rubric.zeroCredit.length ? (
        <>
          <p className={styles.label}>Zero credit</p>
          <ul className={styles.list}>
            {rubric.zeroCredit.map((z) => (
              <li key={z}>
                <MathInline text={z} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {rubric.deductions.length ? (
        <>
          <p className={styles.label}>Deductions</p>
          <ul className={styles.list}>
            {rubric.deductions.map((d) => (
              <li key={d.id}>
                <span className={styles.pts}>−{pts(d.points)}</span> · <strong>{d.id}</strong>{' '}
                <MathInline text={d.text} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
