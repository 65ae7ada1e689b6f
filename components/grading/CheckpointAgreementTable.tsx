import { MathInline } from '@/components/math/MathInline';
import type { CheckpointAgreement } from '@/lib/schemas';
import styles from './grading.module.css';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

/** Per rubric checkpoint: how often the grader model's award equals the person's. */
export function CheckpointAgreementTable({ rows }: { rows: CheckpointAgreement[] }) {
  if (!rows.length) return null;
  return (
    <>
      <h2>Agreement per checkpoint</h2>
      <table className={styles.table} data-testid="checkpoint-agreement">
        <thead>
          <tr>
            <th>Problem</th>
            <th>Checkpoint</th>
            <th>Sessions</th>
            <th>Same award</th>
            <th>Mean difference</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={`${r.problemId}:${r.checkpointId}`}
              data-testid="checkpoint-agreement-row"
              data-checkpoint={r.checkpointId}
            >
              <td>
                <MathInline text={r.problemLabel} />
              </td>
              <td>
                <strong>{r.checkpointId}</strong> ({r.maxPoints} {r.maxPoints === 1 ? 'pt' : 'pts'}){' '}
                <MathInline text={r.text} />
              </td>
              <td>{r.pairs}</td>
              <td>{pct(r.exact)}</td>
              <td>{r.meanAbsoluteDifference?.toFixed(2) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
