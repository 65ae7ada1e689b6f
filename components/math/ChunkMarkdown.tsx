'use client';

import { useMemo } from 'react';
import { chunkMarkdown } from '@/lib/math/source-chunks';
import { MathMarkdown } from './MathMarkdown';

/** Columns of source indentation per em of visual indentation. */
const COLUMNS_PER_EM = 2;

/**
 * Lines cut from a proof (a preview chunk, a read-only block) rendered as a document of their
 * own: a continuation line of a list item loses its indentation (alone it would read as code)
 * and keeps the nesting as a margin instead. Every line break is kept, as in the editor.
 */
export function ChunkMarkdown({ text, streaming = false }: { text: string; streaming?: boolean }) {
  const { markdown, indent } = useMemo(() => chunkMarkdown(text), [text]);
  const body = <MathMarkdown text={markdown} streaming={streaming} lineBreaks />;
  if (indent === 0) return body;
  return <div style={{ marginInlineStart: `${indent / COLUMNS_PER_EM}em` }}>{body}</div>;
}
