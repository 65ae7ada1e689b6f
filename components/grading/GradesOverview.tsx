'use client';

import { Download } from 'lucide-react';
import Link from 'next/link';
import { useDeferredValue, useState } from 'react';
import { MathInline } from '@/components/math/MathInline';
import { countText, SearchCapNote } from '@/components/ui/list-count';
import { VirtualList } from '@/components/ui/VirtualList';
import { useGradesOverview } from '@/hooks/use-grading';
import { api } from '@/lib/client';
import type { GradeRow } from '@/lib/schemas';
import { CheckpointAgreementTable } from './CheckpointAgreementTable';
import { CalibrationView } from './calibration/CalibrationView';
import styles from './grading.module.css';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);

/** Every graded session, how often model and person agree, and the CSV of all grades. */
export function GradesOverview({ batch }: { batch?: string }) {
  const [q, setQ] = useState('');
  const list = useGradesOverview(batch, useDeferredValue(q).trim());
  const { firstPage: data, error } = list;
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
      <div className={styles.gradeTools}>
        <h2>Graded sessions</h2>
        <input
          type="search"
          data-testid="grades-search"
          aria-label="Search graded sessions"
          placeholder="Search problems, proofs, findings"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <span className="muted" data-testid="grades-count">
          {countText(list.total, list.totalCapped)} session{list.total === 1 ? '' : 's'}
        </span>
      </div>
      <SearchCapNote capped={list.totalCapped} />
      {list.items.length === 0 ? (
        <p className="muted">
          {q.trim() ? 'No graded session matches.' : 'No session has been graded yet.'}
        </p>
      ) : (
        <section className={styles.gradeTable} aria-label="Graded sessions">
          <div className={`${styles.gradeRow} ${styles.gradeHead}`}>
            <span>Session</span>
            <span>Problem</span>
            <span>Model</span>
            <span>Person</span>
          </div>
          <VirtualList
            items={list.items}
            keyOf={(r) => r.sessionId}
            estimateSize={36}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onMore={list.fetchNextPage}
            className={styles.gradeBox}
            testId="grade-rows"
            renderItem={(r) => <GradeRowView row={r} />}
          />
        </section>
      )}
    </>
  );
}

/** One graded session: its title (Markdown and math), problem, and both grades. */
function GradeRowView({ row: r }: { row: GradeRow }) {
  return (
    <div className={styles.gradeRow} data-testid="grade-row" data-session-id={r.sessionId}>
      <span>
        <Link href={`/sessions/${r.sessionId}`}>
          <MathInline text={r.title} />
        </Link>
      </span>
      <span>{[r.problemKey, r.source].filter(Boolean).join(' · ') || '—'}</span>
      <span>{r.autoPoints ?? '—'}</span>
      <span title={r.humanRationale}>
        {r.humanPoints === null
          ? '—'
          : r.humanMaxPoints && r.humanMaxPoints !== 7
            ? `${r.humanPoints} / ${r.humanMaxPoints}`
            : r.humanPoints}
      </span>
    </div>
  );
}
