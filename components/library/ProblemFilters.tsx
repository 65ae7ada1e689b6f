'use client';

import { Search } from 'lucide-react';
import { Select } from '@/components/ui/Select';
import type { ProblemFacets } from '@/lib/schemas';
import styles from './library.module.css';

export type Filters = { q: string; source: string; level: string; category: string };

const FACETS = [
  ['category', 'categories', 'Category', 'Any category'],
  ['level', 'levels', 'Level', 'Any level'],
  ['source', 'sources', 'Source', 'Any source'],
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
      <label className={styles.searchField}>
        <Search size={15} aria-hidden />
        <input
          type="search"
          data-testid="library-search"
          aria-label="Search problems"
          placeholder="Search statements, sources, ids…"
          value={value.q}
          onChange={(e) => onChange({ ...value, q: e.target.value })}
        />
      </label>
      {FACETS.map(([field, list, label, any]) => (
        <Select
          key={field}
          label={label}
          className={styles.facet}
          testId={`library-filter-${field}`}
          value={value[field]}
          options={[
            { value: '', label: any },
            ...(facets?.[list] ?? []).map((v) => ({
              value: v,
              label: v.length > 60 ? `${v.slice(0, 57)}…` : v,
            })),
          ]}
          onChange={(v) => onChange({ ...value, [field]: v })}
        />
      ))}
    </div>
  );
}
