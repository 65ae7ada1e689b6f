import type { SourceChunk } from '@/lib/math/source-chunks';

/** Enough of a chunk's start to tell it apart; a key that changes remounts its chunk. */
const KEY_CHARS = 48;

/**
 * React keys for the preview's chunks, from their text rather than their line numbers: when a
 * finished draft replaces the streamed text (which had the `## Solution` heading above it),
 * every line number shifts but the chunks are the same, and they must not all be rendered
 * again (a second-long task on a 100,000-character proof). A chunk's start is stable while
 * it grows at the end of a stream, so the tail keeps its component too. Repeated starts
 * (`---` rules) are numbered in order.
 */
export function chunkKeys(chunks: SourceChunk[]): string[] {
  const seen = new Map<string, number>();
  return chunks.map((c) => {
    const start = c.text.slice(0, KEY_CHARS);
    const n = seen.get(start) ?? 0;
    seen.set(start, n + 1);
    return `${n}:${start}`;
  });
}
