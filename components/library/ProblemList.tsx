'use client';

import { MathInline } from '@/components/math/MathInline';
import { VirtualList } from '@/components/ui/VirtualList';
import { oneLine } from '@/lib/math/one-line';
import { truncateTex } from '@/lib/math/truncate-tex';
import type { ProblemSummary } from '@/lib/schemas';
import styles from './library.module.css';

/**
 * A statement as its row shows it: the whole statement on running lines (display math inline
 * after its words), cut before a formula at 220 characters. Its first line alone often ends
 * at "Prove that", the claim on the next.
 */
const rowText = (s: string) => truncateTex(oneLine(s), 220);

export function ProblemList({
  problems,
  total,
  loading,
  selectedId,
  onSelect,
  hasMore,
  loadingMore,
  onMore,
}: {
  problems: ProblemSummary[];
  total: number;
  loading: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  if (loading) return <p className="muted">Loading problems…</p>;
  return (
    <section className={styles.list} aria-label="Problems">
      <p className="muted" data-testid="library-count">
        {total === problems.length
          ? `${total} ${total === 1 ? 'problem' : 'problems'}`
          : `${problems.length} of ${total} problems`}
      </p>
      {problems.length === 0 ? <p className="muted">No problem matches.</p> : null}
      <VirtualList
        items={problems}
        keyOf={(p) => p.id}
        estimateSize={72}
        hasMore={hasMore}
        loadingMore={loadingMore}
        onMore={onMore}
        className={styles.listBox}
        testId="problem-list-box"
        renderItem={(p) => (
          <button
            type="button"
            className={`${styles.row} ${p.id === selectedId ? styles.selected : ''}`}
            data-testid="problem-row"
            data-problem-id={p.id}
            data-key={p.key ?? ''}
            aria-pressed={p.id === selectedId}
            onClick={() => onSelect(p.id)}
          >
            <span className={styles.meta}>
              {[p.origin === 'import' ? p.key : null, p.category, p.level]
                .filter(Boolean)
                .join(' · ')}
              {p.hasGuidelines ? <span className="tag">guidelines</span> : null}
            </span>
            <MathInline text={rowText(p.statement)} />
            <span className={styles.source}>{p.source}</span>
          </button>
        )}
      />
    </section>
  );
}
