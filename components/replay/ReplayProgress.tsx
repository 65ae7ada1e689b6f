import styles from './replay.module.css';

/** A thin bar across the top: how far through the replay the class is. */
export function ReplayProgress({ step, count }: { step: number; count: number }) {
  const pct = count > 0 ? Math.round((step / count) * 100) : 0;
  return (
    <div
      className={styles.progress}
      role="progressbar"
      aria-label="Replay progress"
      aria-valuemin={1}
      aria-valuemax={count}
      aria-valuenow={step}
      data-testid="replay-progress"
    >
      <div className={styles.progressFill} style={{ width: `${pct}%` }} />
    </div>
  );
}
