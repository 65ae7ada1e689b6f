'use client';

import { Fragment, useMemo } from 'react';
import { TRAILING_PUNCTUATION } from '@/lib/math/glue-punctuation';
import { inlineMarks } from '@/lib/math/inline-marks';
import { inlineSegments } from '@/lib/math/inline-segments';
import styles from './MathMarkdown.module.css';
import { TexMath } from './TexMath';

export interface MathInlineProps {
  text: string;
  className?: string;
}

/**
 * A one-line string with formulas — a session title, a list row, a quoted finding. Renders
 * text with its inline Markdown (emphasis, strong, code) and inline math only, never a block
 * element, so it fits inside headings and buttons.
 */
export function MathInline({ text, className }: MathInlineProps) {
  const segments = useMemo(() => inlineSegments(text), [text]);
  return (
    <span className={className}>
      {segments.map((segment, index) => {
        if (segment.kind === 'math') {
          // Punctuation right after a formula stays on its line (see gluePunctuation.ts).
          const next = segments[index + 1];
          const punct = next?.kind === 'text' ? TRAILING_PUNCTUATION.exec(next.text)?.[0] : null;
          if (!punct) return <TexMath key={index} tex={segment.tex} display={false} />;
          return (
            <span key={index} className={`math-nobreak ${styles.nobreak ?? ''}`}>
              <TexMath tex={segment.tex} display={false} />
              {punct}
            </span>
          );
        }
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
        const prev = segments[index - 1];
        const glued = prev?.kind === 'math' ? TRAILING_PUNCTUATION.exec(segment.text)?.[0] : null;
        return (
          <Fragment key={index}>
            <MarkedText text={glued ? segment.text.slice(glued.length) : segment.text} />
          </Fragment>
        );
      })}
    </span>
  );
}

/** Plain text with its inline Markdown marks as elements (text nodes only: never HTML). */
function MarkedText({ text }: { text: string }) {
  const marks = inlineMarks(text);
  if (marks.length === 1 && marks[0].kind === 'text') return text;
  return marks.map((m, i) => {
    const key = `${i}-${m.kind}`;
    if (m.kind === 'em') return <em key={key}>{m.text}</em>;
    if (m.kind === 'strong') return <strong key={key}>{m.text}</strong>;
    if (m.kind === 'code') return <code key={key}>{m.text}</code>;
    return <Fragment key={key}>{m.text}</Fragment>;
  });
}
