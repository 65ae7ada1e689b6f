'use client';

import { useDeferredValue, useState } from 'react';
import page from '@/components/app/page.module.css';
import { useProblems } from '@/hooks/use-library';
import styles from './library.module.css';
import { ProblemDetail } from './ProblemDetail';
import { type Filters, ProblemFilters } from './ProblemFilters';
import { ProblemImport } from './ProblemImport';
import { ProblemList } from './ProblemList';

/** The problem library: search and filter, read a problem, start a session on it, import sets. */
export function LibraryPage() {
  const [filters, setFilters] = useState<Filters>({ q: '', source: '', level: '', category: '' });
  const deferred = useDeferredValue(filters);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useProblems(deferred);
  const { firstPage: data, error, isLoading } = list;
  return (
    <main className={`${page.page} ${page.wide}`}>
      <div className="page-head">
        <div>
          <h1>Problem library</h1>
          <p className="muted">
            Olympiad problems to work on: the built-in classics and the sets you import.
          </p>
        </div>
        <ProblemImport />
      </div>
      <ProblemFilters value={filters} facets={data?.facets} onChange={setFilters} />
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
      <div className={styles.columns}>
        <ProblemList
          problems={list.items}
          total={list.total}
          loading={isLoading}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onMore={list.fetchNextPage}
          selectedId={selected}
          onSelect={setSelected}
        />
        {selected ? <ProblemDetail id={selected} onClose={() => setSelected(null)} /> : null}
      </div>
    </main>
  );
}
