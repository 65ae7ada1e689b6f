import katex from 'katex';
import { MATH_MACROS } from '../math/katex-options';

/** A node of KaTeX's parse tree: the checker reads only the fields below. */
export interface TexNode {
  type: string;
  text?: string;
  family?: string;
  name?: string;
  font?: string;
  left?: string;
  right?: string;
  label?: string;
  hasBarLine?: boolean;
  leftDelim?: string | null;
  rightDelim?: string | null;
  body?: TexNode | TexNode[] | TexNode[][];
  base?: TexNode | null;
  sup?: TexNode | null;
  sub?: TexNode | null;
  numer?: TexNode;
  denom?: TexNode;
  index?: TexNode | null;
  loc?: { start: number; end: number };
}

/**
 * KaTeX's own parser (the same one that renders the preview) reading one formula; locations
 * in the tree are offsets into `tex`. Throws KaTeX's ParseError for TeX it cannot read.
 */
export function parseTex(tex: string): TexNode[] {
  const parse = (katex as unknown as { __parse: (t: string, o: object) => TexNode[] }).__parse;
  return parse(tex, {
    displayMode: true,
    strict: 'ignore',
    trust: false,
    throwOnError: true,
    macros: { ...MATH_MACROS },
  });
}

/** The smallest source span covering a node and everything under it, when KaTeX knows it. */
export function spanOf(
  nodes: readonly TexNode[],
  limit: number,
): { start: number; end: number } | null {
  let start = Number.POSITIVE_INFINITY;
  let end = -1;
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    const node = value as TexNode;
    if (node.loc && node.loc.end <= limit) {
      start = Math.min(start, node.loc.start);
      end = Math.max(end, node.loc.end);
    }
    for (const key of ['body', 'base', 'sup', 'sub', 'numer', 'denom', 'index'] as const)
      visit(node[key]);
  };
  visit(nodes);
  return end >= 0 ? { start, end } : null;
}
