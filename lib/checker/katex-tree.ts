import katex from 'katex';
import { katexOptions } from '../math/katex-options';
import { LruCache } from '../math/lru-cache';

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

type Parsed = { nodes: TexNode[] } | { error: unknown };

/** Formulas kept parsed: a proof re-checked after an edit parses only what changed. */
const cache = new LruCache<string, Parsed>(5_000);
const katexParse = (katex as unknown as { __parse: (t: string, o: object) => TexNode[] }).__parse;

/**
 * KaTeX's own parser (the one the preview renders with, with the same options and macros)
 * reading one formula; locations in the tree are offsets into `tex`. Throws KaTeX's error
 * for TeX it cannot read. Results are cached: the relation check and the TeX check parse
 * the same formula once between them.
 */
export function parseTex(tex: string, display: boolean): TexNode[] {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let parsed = cache.get(key);
  if (!parsed) {
    try {
      parsed = { nodes: katexParse(tex, katexOptions(display)) };
    } catch (error) {
      parsed = { error };
    }
    cache.set(key, parsed);
  }
  if ('error' in parsed) throw parsed.error;
  return parsed.nodes;
}

/** Where a node keeps its children (one list, not one made per node visited). */
const CHILD_KEYS = ['body', 'base', 'sup', 'sub', 'numer', 'denom', 'index'] as const;

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
    for (const key of CHILD_KEYS) visit(node[key]);
  };
  visit(nodes);
  return end >= 0 ? { start, end } : null;
}

/** For measurements that must time cold parses. */
export function clearParseCache(): void {
  cache.clear();
}
