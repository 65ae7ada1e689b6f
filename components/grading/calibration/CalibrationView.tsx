'use client';

import Link from 'next/link';
import { MathInline } from '@/components/math/MathInline';
import { useCalibration } from '@/hooks/use-grading';
import { CalibrationBuckets } from './CalibrationBuckets';
import { CalibrationChart } from './CalibrationChart';
import styles from './calibration.module.css';

/**
 * "Verified" is not "correct": the verifier's mean score against people's grades, the
 * sessions it passed that people graded low (worth a teacher's look), and grades per band.
 */
export function CalibrationView() {
  const { data, error } = useCalibration();
  if (error)
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );
  if (!data) return <p className="muted">Loading calibration…</p>;
  const byId = new Map(data.points.map((p) => [p.sessionId, p]));
  return (
    <section className={styles.view} data-testid="calibration" data-points={data.points.length}>
      <div>
        <h2>Calibration: verifier score against human grade</h2>
        <p className="muted">
          A verifier score of 1 means no sample found an issue, not that the proof is correct. One
          dot per session with both a verifier score and a human grade; click a dot to open it.
        </p>
      </div>
      {data.points.length === 0 ? (
        <p className="muted" data-testid="calibration-empty">
          No session has both a verifier score and a human grade yet.
        </p>
      ) : (
        <div className={styles.columns}>
          <CalibrationChart points={data.points} />
          <div className={styles.side}>
            <h3>Passed by the verifier, graded ≤ 2/7 by a person</h3>
            {data.passedButLow.length ? (
              <ol className={styles.list} data-testid="passed-but-low">
                {data.passedButLow.map((id) => {
                  const p = byId.get(id);
                  return (
                    <li key={id} data-testid="passed-but-low-item" data-session-id={id}>
                      <Link href={`/sessions/${id}`}>
                        <MathInline text={p?.title ?? id} />
                      </Link>{' '}
                      <span className="muted">
                        human {p?.humanPoints}/{p?.maxPoints}
                        {p?.samples ? `, ${p.samples} samples` : ''}
                      </span>
                    </li>
                  );
                })}
              </ol>
            ) : (
              <p className="muted" data-testid="passed-but-low-none">
                None: every proof the verifier passed was graded above 2/7.
              </p>
            )}
          </div>
          <div className={styles.wide}>
            <CalibrationBuckets buckets={data.buckets} />
          </div>
        </div>
      )}
    </section>
  );
}
