'use client';

import { useState } from 'react';
import { Select } from '@/components/ui/Select';
import type { Finding } from '@/lib/schemas';
import { FindingsPanel, type FindingsPanelProps, sortFindings } from '../FindingsPanel';
import styles from './samples.module.css';

type Sort = 'severity' | 'count';

function byCount(findings: Finding[]): Finding[] {
  const severityOrder = sortFindings(findings);
  return [...severityOrder].sort((a, b) => (b.support?.foundBy ?? 0) - (a.support?.foundBy ?? 0));
}

/**
 * The findings list with what many verifiers add: sort by how many samples found each
 * finding (or by severity), and hide the ones meta-verification disputed.
 */
export function MergedFindingsPanel(props: FindingsPanelProps) {
  const [sort, setSort] = useState<Sort>('severity');
  const [hideDisputed, setHideDisputed] = useState(false);
  const merged = props.findings.some((f) => f.support);
  const disputed = props.findings.filter((f) => f.support?.meta === 'disputed').length;
  const shown = hideDisputed
    ? props.findings.filter((f) => f.support?.meta !== 'disputed')
    : props.findings;
  return (
    <>
      {merged ? (
        <div className={styles.toolbar}>
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
      <FindingsPanel {...props} findings={shown} order={sort === 'count' ? byCount : undefined} />
    </>
  );
}
