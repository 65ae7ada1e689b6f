'use client';

import { MathInline } from '@/components/math/MathInline';
import { basisWithMath } from '@/lib/checker/basis-math';
import type { CheckedRelation } from '@/lib/schemas';
import styles from './checker.module.css';
import { LineLink, type SelectLines } from './LineLinks';

/** The most listed: a long proof can hold hundreds through earlier lines. */
const SHOWN = 30;

/**
 * Each relation that holds because of earlier lines ("Put y = 0: f(2x) + 2f(0) = f(f(x))"
 * because of line 1, "c + d = 3" because of the values stated for c and d), typeset with
 * what it follows from, so a person can judge the step; its line selects it in the editor.
 */
export function HeldThroughEarlier({
  relations,
  onSelectLines,
}: {
  relations: CheckedRelation[];
  onSelectLines?: SelectLines;
}) {
  return (
    <details className={styles.skipped} data-testid="checker-through-earlier">
      <summary>{relations.length} held through earlier lines</summary>
      <ul>
        {relations.slice(0, SHOWN).map((r) => (
          <li key={`${r.line}:${r.text}`} className={styles.held} data-testid="checker-held">
            <LineLink line={r.line} endLine={r.endLine} onSelectLines={onSelectLines} />{' '}
            <MathInline text={`\\(${r.text}\\)`} />{' '}
            <MathInline className={styles.basis} text={basisWithMath(r.basis ?? '')} />
          </li>
        ))}
      </ul>
      {relations.length > SHOWN ? <p>and {relations.length - SHOWN} more</p> : null}
    </details>
  );
}
