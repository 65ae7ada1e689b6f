import type { CalibrationBucket } from '@/lib/schemas';
import styles from './calibration.module.css';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

/** Human grades per verifier-score band: low (≤ 2/7), partial, high (≥ 6/7), mean of full marks. */
export function CalibrationBuckets({ buckets }: { buckets: CalibrationBucket[] }) {
  return (
    <table className={styles.table} data-testid="calibration-buckets">
      <caption>Human grades by verifier mean</caption>
      <thead>
        <tr>
          <th>Verifier mean</th>
          <th>Sessions</th>
          <th title="At most 2 of 7 points (or 2/7 of full marks)">Low</th>
          <th>Partial</th>
          <th title="At least 6 of 7 points (or 6/7 of full marks)">High</th>
          <th title="Mean human grade, as a share of full marks">Mean</th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((b) => (
          <tr key={b.label} data-testid="calibration-bucket" data-from={b.from}>
            <td>{b.label}</td>
            <td>{b.sessions}</td>
            <td>{b.low}</td>
            <td>{b.partial}</td>
            <td>{b.high}</td>
            <td>{pct(b.meanShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
