import Link from 'next/link';
import { MathInline } from '@/components/math/MathInline';
import type { ReviewImportPreview } from '@/lib/schemas';
import styles from './review.module.css';

/** Rows shown at most: a file of 10,000 records would otherwise put 10,000 rows in the page. */
const MAX_ROWS = 500;

/** One row per record: what the session will hold (or holds, after the import). */
export function ImportPreviewTable({ records }: { records: ReviewImportPreview[] }) {
  if (!records.length) return null;
  const shown = records.slice(0, MAX_ROWS);
  return (
    <>
      {records.length > shown.length ? (
        <p className="muted" data-testid="review-preview-capped">
          The first {shown.length.toLocaleString('en-US')} of{' '}
          {records.length.toLocaleString('en-US')} records:
        </p>
      ) : null}
      <table className={styles.table}>
        <thead>
          <tr>
            <th>Line</th>
            <th>Record</th>
            <th>Score</th>
            <th>Findings (placed)</th>
            <th>Reference</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.line} data-testid="review-preview-row" data-line={r.line}>
              <td>{r.line}</td>
              <td>
                {r.sessionId ? (
                  <Link href={`/sessions/${r.sessionId}`}>
                    <MathInline text={r.title} />
                  </Link>
                ) : (
                  <MathInline text={r.title} />
                )}
              </td>
              <td>{r.score ?? '—'}</td>
              <td>
                {r.findings} ({r.anchored})
              </td>
              <td>{r.hasReference ? 'yes' : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
