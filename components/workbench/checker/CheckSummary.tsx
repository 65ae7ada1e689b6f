'use client';

import { Cpu } from 'lucide-react';
import type { CheckedRelation, CheckerResult } from '@/lib/schemas';
import styles from './checker.module.css';

/** Skipped relations grouped by reason, commonest first. */
function byReason(relations: CheckedRelation[]): [string, CheckedRelation[]][] {
  const groups = new Map<string, CheckedRelation[]>();
  for (const r of relations)
    if (r.verdict === 'skipped') {
      const key = r.reason ?? 'not checked';
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

/**
 * "checked 214 relations: 212 hold, 1 false, 37 skipped" above the findings, with each
 * skipped relation and its reason on demand.
 */
export function CheckSummary({ result }: { result: CheckerResult | null }) {
  if (!result || result.stats.relations === 0) return null;
  const s = result.stats;
  const groups = byReason(result.relations);
  return (
    <div className={styles.summary} data-testid="checker-summary">
      <p className={styles.line}>
        <Cpu size={13} aria-hidden />
        <span>
          checked {s.relations} relations: {s.holds} hold,{' '}
          <span className={s.false ? styles.false : undefined}>{s.false} false</span>, {s.skipped}{' '}
          skipped
        </span>
      </p>
      {groups.length ? (
        <details className={styles.skipped} data-testid="checker-skipped">
          <summary>Why {s.skipped} were skipped</summary>
          <ul>
            {groups.map(([reason, rels]) => (
              <li key={reason}>
                <span className={styles.reason}>{reason}</span> ({rels.length}):{' '}
                <span className={styles.lines}>
                  {rels
                    .slice(0, 12)
                    .map((r) => `L${r.line}`)
                    .join(', ')}
                  {rels.length > 12 ? ', …' : ''}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
