import katex from 'katex';
import { katexOptions } from '../math/katex-options';
import { PLAIN_TEX, plainTree } from './plain-tex';
import { simpleTree } from './simple-tex';

/** A node of KaTeX's parse tree: the checker reads only the fields below. */
export interface TexNode {
  type: string;
  mode?: string;
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

/** Children of a node that groups a list. */
export function bodyOf(node: TexNode): TexNode[] {
  const b = node.body;
  if (!b) return [];
  return (Array.isArray(b) ? b : [b]) as TexNode[];
}

type Parsed = { nodes: TexNode[] } | { error: unknown };

const katexParse = (katex as unknown as { __parse: (t: string, o: object) => TexNode[] }).__parse;

/**
 * KaTeX's own parser (the one the preview renders with, with the same options and macros)
 * reading one formula; locations in the tree are offsets into `tex`. Throws KaTeX's error
 * for TeX it cannot read.
 */
export function parseTex(tex: string, display: boolean): TexNode[] {
  return katexParse(tex, katexOptions(display));
}

/**
 * The formulas of one check, each parsed once: the relation check and the TeX check read the
 * same formula, and a proof may repeat one. Made per check and dropped with it: nothing parsed
 * for one proof is kept for the next, so a check costs the same however often the same text
 * is checked (a cache kept across checks made a streamed draft checked at each end look free).
 * Keyed by the formula itself, one map per mode: its string's hash is computed once.
 */
export class FormulaTrees {
  private readonly inline = new Map<string, Parsed>();
  private readonly display = new Map<string, Parsed>();

  /**
   * As `parseTex`, from the memo when this check has parsed the formula already; a formula
   * simple-tex.ts reads is read there, without KaTeX, and kept in the memo as KaTeX's is.
   */
  parse(tex: string, display: boolean): TexNode[] {
    if (PLAIN_TEX.test(tex)) return plainTree(tex);
    const memo = display ? this.display : this.inline;
    let parsed = memo.get(tex);
    if (!parsed) {
      const simple = simpleTree(tex, display);
      try {
        parsed = { nodes: simple ?? parseTex(tex, display) };
      } catch (error) {
        parsed = { error };
      }
      memo.set(tex, parsed);
    }
    if ('error' in parsed) throw parsed.error;
    return parsed.nodes;
  }
}

/** Where a node keeps its children (one list, not one made per node visited). */
const CHILD_KEYS = ['body', 'base', 'sup', 'sub', 'numer', 'denom', 'index'] as const;
/** Symbols, spaces and kerns: KaTeX gives these no children, so their span is their own. */
const LEAF_TYPES = new Set(['mathord', 'textord', 'atom', 'spacing', 'kern']);

export interface Span {
  start: number;
  end: number;
}

/** No location: the identity of the union below. */
const NOWHERE: Span = { start: Number.POSITIVE_INFINITY, end: -1 };

/**
 * Source spans of one formula's nodes, each node walked once however often it is asked
 * about: a relation's sides are placed, cut at congruences and matched to the step before,
 * and a chain's middle operand belongs to two relations. Made per formula and dropped with it.
 */
export class FormulaSpans {
  private readonly memo = new Map<TexNode, Span>();
  /** The same for the lists asked about (a side is asked about again as its relation is judged). */
  private readonly lists = new Map<readonly TexNode[], Span>();
  /** `limit`: the formula's length; locations past it come from macro expansions. */
  constructor(private readonly limit: number) {}

  /** The smallest source span covering the nodes and everything under them, when KaTeX knows it. */
  of(nodes: readonly TexNode[]): Span | null {
    const s = this.listSpan(nodes);
    return s.end >= 0 ? { start: s.start, end: s.end } : null;
  }

  /** `of` both lists as one (a relation's two sides), without joining them. */
  ofBoth(a: readonly TexNode[], b: readonly TexNode[]): Span | null {
    const x = this.listSpan(a);
    const y = this.listSpan(b);
    const end = Math.max(x.end, y.end);
    return end >= 0 ? { start: Math.min(x.start, y.start), end } : null;
  }

  private listSpan(nodes: readonly TexNode[]): Span {
    let span = this.lists.get(nodes);
    if (!span) {
      span = this.within(nodes);
      this.lists.set(nodes, span);
    }
    return span;
  }

  private within(value: unknown): Span {
    if (!value || typeof value !== 'object') return NOWHERE;
    if (Array.isArray(value)) {
      let start = Number.POSITIVE_INFINITY;
      let end = -1;
      // Indexed loops: until this is optimised, for…of makes an iterator per node.
      for (let i = 0; i < value.length; i++) {
        const s = this.within(value[i]);
        if (s.start < start) start = s.start;
        if (s.end > end) end = s.end;
      }
      return end >= 0 ? { start, end } : NOWHERE;
    }
    const node = value as TexNode;
    const own = node.loc && node.loc.end <= this.limit ? node.loc : NOWHERE;
    if (LEAF_TYPES.has(node.type)) return own;
    const known = this.memo.get(node);
    if (known) return known;
    let start = own.start;
    let end = own.end;
    for (let i = 0; i < CHILD_KEYS.length; i++) {
      const s = this.within(node[CHILD_KEYS[i]]);
      if (s.start < start) start = s.start;
      if (s.end > end) end = s.end;
    }
    const span = end >= 0 ? { start, end } : NOWHERE;
    this.memo.set(node, span);
    return span;
  }
}
