'use client';

import type { ProblemFacets } from '@/lib/schemas';
import styles from './library.module.css';

export type Filters = { q: string; source: string; level: string; category: string };

const FACETS = [
  ['category', 'categories', 'Any category'],
  ['level', 'levels', 'Any level'],
  ['source', 'sources', 'Any source'],
] as const;

/** Free-text search plus one drop-down per facet the library actually has. */
export function ProblemFilters({
  value,
  facets,
  onChange,
}: {
  value: Filters;
  facets: ProblemFacets | undefined;
  onChange: (next: Filters) => void;
}) {
  return (
    <div className={styles.filters}>
      <input
        type="search"
        data-testid="library-search"
        aria-label="Search problems"
        placeholder="Search statements, sources, ids…"
        value={value.q}
        onChange={(e) => onChange({ ...value, q: e.target.value })}
      />
      {FACETS.map(([field, list, any]) => (
        <select
          key={field}
          data-testid={`library-filter-${field}`}
          aria-label={any}
          value={value[field]}
          onChange={(e) => onChange({ ...value, [field]: e.target.value })}
        >
          <option value="">{any}</option>
          {(facets?.[list] ?? []).map((v) => (
            <option key={v} value={v}>
              {v.length > 60 ? `${v.slice(0, 57)}…` : v}
            </option>
          ))}
        </select>
      ))}
    </div>
  );
}
