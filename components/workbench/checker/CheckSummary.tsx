'use client';

import { Cpu } from 'lucide-react';
import { summaryLine } from '@/lib/checker/summary-line';
import type { CheckedRelation } from '@/lib/schemas';
import styles from './checker.module.css';
import { HeldThroughEarlier } from './HeldThroughEarlier';
import { LineLinks, type SelectLines } from './LineLinks';
import type { CheckerState } from './use-checker';

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
 * skipped relation and its reason on demand, and what each relation that holds through an
 * earlier equation follows from (HeldThroughEarlier).
 */
export function CheckSummary({
  result,
  error,
  onSelectLines,
}: CheckerState & { onSelectLines?: SelectLines }) {
  if (error)
    return (
      <p className={`${styles.summary} ${styles.line}`} data-testid="checker-summary" role="status">
        <Cpu size={13} aria-hidden />
        <span>{error}. Your next edit tries again.</span>
      </p>
    );
  if (!result || result.stats.relations === 0) return null;
  const s = result.stats;
  const groups = byReason(result.relations);
  const throughEarlier = result.relations.filter((r) => r.verdict === 'holds' && r.basis);
  return (
    <div className={styles.summary} data-testid="checker-summary">
      <p className={styles.line}>
        <Cpu size={13} aria-hidden />
        <span className={s.false ? styles.hasFalse : undefined}>{summaryLine(s)}</span>
      </p>
      {groups.length ? (
        <details className={styles.skipped} data-testid="checker-skipped">
          <summary>Why {s.skipped} were skipped</summary>
          <ul>
            {groups.map(([reason, rels]) => (
              <li key={reason}>
                <span className={styles.reason}>{reason}</span> ({rels.length}):{' '}
                <LineLinks lines={rels.map((r) => r.line)} onSelectLines={onSelectLines} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {throughEarlier.length ? (
        <HeldThroughEarlier relations={throughEarlier} onSelectLines={onSelectLines} />
      ) : null}
    </div>
  );
}
