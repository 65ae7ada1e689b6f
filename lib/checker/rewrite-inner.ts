import type { TexNode } from './katex-tree';

/**
 * `n` with every list of nodes inside it (a group's body, a fraction's parts, its scripts)
 * rewritten by `list`, at any depth: what a reader that rewrites a side's top-level nodes
 * uses to reach into `\\frac{AB}{2}` or `|O_{1}O_{2}|`. A node `keep` says stays as it is;
 * a node where nothing changed is returned itself; null where `list` gives null. Rows of an
 * array are left alone: they are not a side's parts.
 */
export function rewriteInner(
  n: TexNode,
  list: (nodes: readonly TexNode[]) => TexNode[] | null,
  keep: (n: TexNode) => boolean = () => false,
): TexNode | null {
  if (keep(n)) return n;
  let copy: TexNode | null = null;
  const set = (key: keyof TexNode, value: unknown) => {
    copy ??= { ...n };
    (copy as unknown as Record<string, unknown>)[key] = value;
  };
  if (Array.isArray(n.body)) {
    if (n.body.some(Array.isArray)) return n;
    const before = n.body as TexNode[];
    const body = list(before);
    if (!body) return null;
    if (body.length !== before.length || body.some((b, i) => b !== before[i])) set('body', body);
  }
  for (const key of ['body', 'base', 'sup', 'sub', 'numer', 'denom', 'index'] as const) {
    const child = n[key];
    if (!child || Array.isArray(child)) continue;
    const inner = rewriteInner(child as TexNode, list, keep);
    if (!inner) return null;
    if (inner !== child) set(key, inner);
  }
  return copy ?? n;
}
