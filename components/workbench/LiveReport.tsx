'use client';

import { useDeferredValue, useMemo } from 'react';
import { MathInline } from '@/components/math/MathInline';
import { truncateTex } from '@/lib/math/truncate-tex';
import type { RunProgress } from '@/lib/schemas';
import styles from './findings.module.css';
import { liveReport } from './live-report';

/** A verification in progress, in the findings pane: what it is doing, findings as they come. */
export function LiveReport({
  text,
  progress,
  parser = null,
  reasoning = '',
}: {
  text: string;
  progress: RunProgress | null;
  /** The prompt set's parser for this run's answers, when known. */
  parser?: string | null;
  /** The verifier's reasoning so far (shown in the drawer; counted here). */
  reasoning?: string;
}) {
  // Parsing waits for idle time while tokens pour in; the report never blocks typing.
  const deferred = useDeferredValue(text);
  const chars = reasoning.length;
  const view = useMemo(
    () => liveReport(deferred, progress, parser, chars),
    [deferred, progress, parser, chars],
  );
  return (
    <div className={styles.liveReport} data-testid="live-report" aria-live="polite">
      <p className={styles.liveReportHead}>{view.headline}</p>
      {view.findings.length ? (
        <ul className={styles.liveReportList}>
          {view.findings.map((f, i) => (
            <li key={i} data-testid="live-finding" data-severity={f.severity}>
              <span className={`sev-chip sev-${f.severity}`}>{f.severity}</span>{' '}
              <MathInline text={truncateTex(f.description.split('\n')[0], 160)} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
