'use client';

import { useMemo, useRef } from 'react';
import { IncrementalBlocks } from '@/lib/math/incremental-blocks';
import { MarkdownBlock } from './MarkdownBlock';

export interface MathMarkdownProps {
  /** Markdown with LaTeX in any dialect models and problem sets use. */
  text: string;
  /** The text is still arriving: an unfinished formula at the end is shown as plain text. */
  streaming?: boolean;
  className?: string;
  /** Keep every line break (proofs): otherwise Markdown joins a paragraph's lines. */
  lineBreaks?: boolean;
}

/**
 * The one component that renders Markdown + LaTeX for people to read: problems, proofs,
 * reports. Normalises the LaTeX dialect and splits the result into blocks, each rendered by a
 * memoised component. While text streams in (at its source's cadence: a run's live view is
 * refreshed ten times a second), the finished prefix is normalised once and kept, so an
 * update costs the tail's normalisation plus the tail block's render.
 *
 * A client component (the streaming cache lives in a ref), but it uses no browser API, so
 * server components can render it and its HTML comes from the server.
 */
export function MathMarkdown({
  text,
  streaming = false,
  className,
  lineBreaks = false,
}: MathMarkdownProps) {
  const incremental = useRef<IncrementalBlocks | null>(null);
  const blocks = useMemo(() => {
    incremental.current ??= new IncrementalBlocks();
    return incremental.current.update(text, { streaming, opaqueMath: true });
  }, [text, streaming]);
  return (
    <div className={className ? `math-markdown ${className}` : 'math-markdown'}>
      {blocks.map((block, index) => (
        // Keyed by position: the tail block keeps its component while its text grows.
        <MarkdownBlock key={index} markdown={block} lineBreaks={lineBreaks} />
      ))}
    </div>
  );
}
