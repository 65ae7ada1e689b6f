import type { RoundVerification } from '@/lib/schemas';
import { fmtScore } from '../format';
import styles from './samples.module.css';

/** "5× 0 · 2× 0.5 · 1× 1", the mean and minimum, and the paper's verdict when there is one. */
export function ScoreDistribution({ v }: { v: RoundVerification }) {
  return (
    <div className={styles.distribution} data-testid="score-distribution">
      {v.incomplete ? (
        <span className="tag-warn" data-testid="distribution-incomplete">
          verification incomplete: {v.answered} of {v.sampleCount} samples answered
        </span>
      ) : null}
      <div className="dist-bars">
        {v.distribution.map((d) => (
          <span
            key={d.score}
            className={`${styles.distItem} ${d.score >= 1 ? styles.pass : d.score > 0 ? styles.partial : styles.fail}`}
            data-testid="dist-item"
            data-score={d.score}
            data-count={d.count}
          >
            {d.count}× {fmtScore(d.score)}
          </span>
        ))}
      </div>
      <span data-testid="score-mean" data-value={v.mean ?? ''}>
        mean {fmtScore(v.mean)}
      </span>
      <span data-testid="score-min" data-value={v.min ?? ''}>
        min {fmtScore(v.min)}
      </span>
      <span
        className={styles.verdict}
        data-testid="verdict"
        data-value={v.verdict.value ?? ''}
        title={v.verdict.reason}
      >
        verdict {v.verdict.value === null ? '— (not meta-verified)' : fmtScore(v.verdict.value)}
        <small> · {v.verdict.reason}</small>
      </span>
    </div>
  );
}
