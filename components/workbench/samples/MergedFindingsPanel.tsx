'use client';

import { useState } from 'react';
import { Select } from '@/components/ui/Select';
import type { Finding, FindingSource } from '@/lib/schemas';
import { FindingsPanel, type FindingsPanelProps, sortFindings } from '../FindingsPanel';
import styles from './samples.module.css';

type Sort = 'severity' | 'count';

function byCount(findings: Finding[]): Finding[] {
  const severityOrder = sortFindings(findings);
  return [...severityOrder].sort((a, b) => (b.support?.foundBy ?? 0) - (a.support?.foundBy ?? 0));
}

const SOURCES: { value: '' | FindingSource; label: string }[] = [
  { value: '', label: 'everyone' },
  { value: 'verifier', label: 'verifier' },
  { value: 'person', label: 'person' },
  { value: 'checker', label: 'check' },
];

/**
 * The findings list with what many verifiers add: sort by how many samples found each
 * finding (or by severity), hide the ones meta-verification disputed, and show only one
 * source's findings (the verifier's, a person's, a check's).
 */
export function MergedFindingsPanel(props: FindingsPanelProps) {
  const [sort, setSort] = useState<Sort>('severity');
  const [hideDisputed, setHideDisputed] = useState(false);
  const [source, setSource] = useState<'' | FindingSource>('');
  const merged = props.findings.some((f) => f.support);
  const sources = new Set(props.findings.map((f) => f.source)).size;
  const disputed = props.findings.filter((f) => f.support?.meta === 'disputed').length;
  const shown = props.findings.filter(
    (f) => (!hideDisputed || f.support?.meta !== 'disputed') && (!source || f.source === source),
  );
  return (
    <>
      {sources > 1 || source || merged ? (
        <div className={styles.toolbar}>
          {sources > 1 || source ? (
            <Select
              label="By"
              testId="findings-source"
              value={source}
              options={SOURCES}
              onChange={setSource}
            />
          ) : null}
          {merged ? (
            <Select
              label="Sort"
              testId="findings-sort"
              value={sort}
              options={[
                { value: 'severity', label: 'severity' },
                { value: 'count', label: 'found by' },
              ]}
              onChange={setSort}
            />
          ) : null}
          {disputed ? (
            <label className="check">
              <input
                type="checkbox"
                data-testid="hide-disputed"
                checked={hideDisputed}
                onChange={(e) => setHideDisputed(e.target.checked)}
              />
              hide {disputed} disputed
            </label>
          ) : null}
        </div>
      ) : null}
      {source && !shown.length ? (
        <p className="muted" data-testid="findings-source-empty">
          No findings by {SOURCES.find((s) => s.value === source)?.label} in this round.
        </p>
      ) : (
        <FindingsPanel
          {...props}
          findings={shown}
          order={merged && sort === 'count' ? byCount : undefined}
        />
      )}
    </>
  );
}
