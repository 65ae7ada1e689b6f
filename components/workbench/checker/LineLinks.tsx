'use client';

import { Fragment } from 'react';
import styles from './checker.module.css';

export type SelectLines = (startLine: number, endLine: number) => void;

/** "L12": a line of the proof the checker read, which selects it in the editor. */
export function LineLink({
  line,
  endLine = line,
  onSelectLines,
}: {
  line: number;
  endLine?: number;
  onSelectLines?: SelectLines;
}) {
  return (
    <button
      type="button"
      className={styles.lineLink}
      onClick={() => onSelectLines?.(line, endLine)}
      title={`Select line ${line} in the proof`}
    >
      L{line}
    </button>
  );
}

/** The most lines listed for one skip reason. */
const SHOWN = 12;

/** "L3, L5, L9, …": each line once, the first dozen, each a link to its line. */
export function LineLinks({
  lines,
  onSelectLines,
}: {
  lines: readonly number[];
  onSelectLines?: SelectLines;
}) {
  const unique = [...new Set(lines)];
  return (
    <span className={styles.lines}>
      {unique.slice(0, SHOWN).map((line, i) => (
        <Fragment key={line}>
          {i > 0 ? ', ' : null}
          <LineLink line={line} onSelectLines={onSelectLines} />
        </Fragment>
      ))}
      {unique.length > SHOWN ? ', …' : null}
    </span>
  );
}
