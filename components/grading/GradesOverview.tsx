'use client';

import { Download } from 'lucide-react';
import Link from 'next/link';
import { MathInline } from '@/components/math/MathInline';
import { useGradesOverview } from '@/hooks/use-grading';
import { api } from '@/lib/client';
import { CheckpointAgreementTable } from './CheckpointAgreementTable';
import { CalibrationView } from './calibration/CalibrationView';
import styles from './grading.module.css';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

/** Every graded session, how often model and person agree, and the CSV of all grades. */
export function GradesOverview({ batch }: { batch?: string }) {
  const { data, error } = useGradesOverview(batch);
  const csv = api.grading.csvUrl(batch);
  if (error)
    return (
      <p className="error" role="alert">
        {error.message}
      </p>
    );
  if (!data) return <p className="muted">Loading grades…</p>;
  const a = data.agreement;
  return (
    <>
      <div className={styles.stats} data-testid="agreement" data-pairs={a.pairs}>
        <div>
          <span className="muted">Sessions with both grades</span>
          <strong data-testid="agreement-pairs">{a.pairs}</strong>
        </div>
        <div>
          <span className="muted">Exact agreement</span>
          <strong data-testid="agreement-exact">{pct(a.exact)}</strong>
        </div>
        <div>
          <span className="muted">Within 1 point</span>
          <strong data-testid="agreement-within1">{pct(a.withinOne)}</strong>
        </div>
        <div>
          <span className="muted">Mean absolute difference</span>
          <strong data-testid="agreement-mad">
            {a.meanAbsoluteDifference === null ? '—' : a.meanAbsoluteDifference.toFixed(2)}
          </strong>
        </div>
      </div>
      <p>
        <a href={csv} download data-testid="grades-csv" className="icon-link">
          <Download size={14} aria-hidden />
          Download {batch ? "this import's" : 'all'} grades (CSV)
        </a>
        {batch ? (
          <>
            {' · '}
            <Link href="/grades">All sessions</Link>
          </>
        ) : null}
      </p>
      <CheckpointAgreementTable rows={data.checkpoints} />
      {batch ? null : <CalibrationView />}
      <h2>Graded sessions</h2>
      {data.rows.length === 0 ? (
        <p className="muted">No session has been graded yet.</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th>Session</th>
              <th>Problem</th>
              <th>Model</th>
              <th>Person</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.sessionId} data-testid="grade-row" data-session-id={r.sessionId}>
                <td>
                  <Link href={`/sessions/${r.sessionId}`}>
                    <MathInline text={r.title} />
                  </Link>
                </td>
                <td>{[r.problemKey, r.source].filter(Boolean).join(' · ') || '—'}</td>
                <td>{r.autoPoints ?? '—'}</td>
                <td title={r.humanRationale}>
                  {r.humanPoints === null
                    ? '—'
                    : r.humanMaxPoints && r.humanMaxPoints !== 7
                      ? `${r.humanPoints} / ${r.humanMaxPoints}`
                      : r.humanPoints}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
