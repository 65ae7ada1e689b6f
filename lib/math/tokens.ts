/** Prose: Markdown that may still contain LaTeX text commands (\emph, \item, …). */
export interface TextToken {
  kind: 'text';
  value: string;
}

/** Fenced or inline code, copied through untouched. */
export interface CodeToken {
  kind: 'code';
  value: string;
  /** A fence without its closing line: it runs to the end of the text for now. */
  unclosed?: boolean;
}

/** A formula with its delimiters removed; `tex` is what KaTeX will see. */
export interface MathToken {
  kind: 'math';
  tex: string;
  display: boolean;
}

/**
 * A math delimiter without its partner. `atEnd` means the partner could still arrive
 * (nothing after it closes it), which is the normal state of a streaming tail.
 */
export interface StrayToken {
  kind: 'stray';
  value: string;
  atEnd: boolean;
}

/** Where `tokenize` found a token in its source (tokens made otherwise have none). */
export interface SourceSpan {
  start?: number;
  end?: number;
}

export type Token = (TextToken | CodeToken | MathToken | StrayToken) & SourceSpan;
