import { splitBareMath } from './bare-math';
import { type EmitOptions, emitMarkdown } from './emit-markdown';
import { tokenize } from './tokenize';

export type NormalizeOptions = EmitOptions;

/**
 * Turns real model or problem text — `\(…\)`, `\[…\]`, bare `aligned` blocks, `\emph{}`,
 * LaTeX lists, bare `\mathbb{N}`, currency — into Markdown with `$…$` / `$$…$$` math that
 * remark-math understands. Code is never touched. Linear in the length of the text.
 */
export function normalizeTex(text: string, options: NormalizeOptions = {}): string {
  return normalizeChunk(text, options).markdown;
}

/**
 * Normalises `text` and tells whether it is closed: no delimiter, fence, environment, list or
 * group is still waiting for its partner. Text appended to a closed chunk after a blank line
 * normalises the same on its own as it would after the chunk.
 */
export function normalizeChunk(
  text: string,
  options: NormalizeOptions = {},
): { markdown: string; closed: boolean } {
  const tokens = tokenize(text);
  const waiting = tokens.some(
    (t) => (t.kind === 'stray' && t.atEnd) || (t.kind === 'code' && t.unclosed),
  );
  const emitted = emitMarkdown(
    tokens.flatMap((t) => (t.kind === 'text' ? splitBareMath(t.value) : [t])),
    options,
  );
  return { markdown: emitted.markdown, closed: !waiting && emitted.settled };
}
