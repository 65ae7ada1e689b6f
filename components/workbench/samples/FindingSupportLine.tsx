'use client';

import { MathInline } from '@/components/math/MathInline';
import { truncateTex } from '@/lib/math/truncate-tex';
import type { FindingSupport } from '@/lib/schemas';
import { META_CLASS } from './meta-class';
import styles from './samples.module.css';

const META_LABEL = { confirmed: 'confirmed', disputed: 'disputed', unchecked: '' } as const;

/**
 * "found by k of n verifiers", the meta-verification mark, and each sample's own wording
 * of the finding (expandable), for findings merged from many verifier samples.
 */
export function FindingSupportLine({ support }: { support: FindingSupport | null | undefined }) {
  if (!support) return null;
  const { foundBy, sampleCount, meta, wordings } = support;
  // One verifier, not meta-verified: "found by 1 of 1" would say nothing the card does not.
  if (sampleCount === 1 && meta === 'unchecked') return null;
  return (
    <div
      className={styles.support}
      data-testid="finding-support"
      data-found-by={foundBy}
      data-sample-count={sampleCount}
      data-meta={meta}
      onClick={(e) => e.stopPropagation()}
    >
      <span className={styles.foundBy}>
        found by {foundBy} of {sampleCount} verifier{sampleCount === 1 ? '' : 's'}
      </span>
      {META_LABEL[meta] ? (
        <span className={`${styles.metaMark} ${META_CLASS[meta]}`} data-testid="meta-mark">
          {META_LABEL[meta]}
        </span>
      ) : null}
      {wordings.length > 1 || (wordings.length === 1 && sampleCount > 1) ? (
        <details className={styles.wordings}>
          <summary>each sample's wording</summary>
          <ul>
            {wordings.map((w) => (
              <li key={w.sampleId} data-testid="finding-wording" data-sample-index={w.sampleIndex}>
                <a href={`#sample-${w.sampleId}`} className="sample-link">
                  sample {w.sampleIndex + 1}
                </a>{' '}
                <span className={`sev-chip sev-${w.severity}`}>{w.severity}</span>{' '}
                <MathInline text={truncateTex(w.description, 400)} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
