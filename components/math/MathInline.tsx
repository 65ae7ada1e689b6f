'use client';

import { Fragment, useMemo } from 'react';
import { inlineSegments } from '@/lib/math/inlineSegments';
import styles from './MathMarkdown.module.css';
import { TexMath } from './TexMath';

export interface MathInlineProps {
  text: string;
  className?: string;
}

/**
 * A one-line string with formulas — a session title, a list row, a quoted finding. Renders
 * text and inline math only, never a block element, so it fits inside headings and buttons.
 */
export function MathInline({ text, className }: MathInlineProps) {
  const segments = useMemo(() => inlineSegments(text), [text]);
  return (
    <span className={className}>
      {segments.map((segment, index) => {
        if (segment.kind === 'math')
          return <TexMath key={index} tex={segment.tex} display={false} />;
        if (segment.kind === 'stray') {
          return (
            <code
              key={index}
              className={`math-error ${styles.error ?? ''}`}
              title="Math delimiter without its partner"
            >
              {segment.source}
            </code>
          );
        }
        return <Fragment key={index}>{segment.text}</Fragment>;
      })}
    </span>
  );
}
