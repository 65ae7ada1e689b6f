import type { TexNode } from './katex-tree';

const isAtom = (n: TexNode, family: string, text: string) =>
  n.type === 'atom' && n.family === family && n.text === text;

/**
 * A side without the condition written after it in brackets ("r = xyz\\;(>0)",
 * "t = \\frac{x}{y}\\ (\\ne 0)"): the value is what precedes it. Null when there is none.
 */
export function withoutSideCondition(nodes: readonly TexNode[]): TexNode[] | null {
  let last = nodes.length - 1;
  // A full stop or comma after the bracket ends the sentence.
  while (last > 0 && ['.', ','].includes(nodes[last].text ?? '') && nodes[last].type !== 'atom')
    last--;
  if (last < 2 || !isAtom(nodes[last], 'close', ')')) return null;
  let open = last - 1;
  while (open >= 0 && !isAtom(nodes[open], 'open', '(')) {
    if (nodes[open].type === 'atom' && nodes[open].family === 'close') return null;
    open--;
  }
  const first = nodes[open + 1];
  if (open <= 0 || !first || first.type !== 'atom' || first.family !== 'rel') return null;
  let end = open;
  while (end > 0 && ['spacing', 'kern'].includes(nodes[end - 1].type)) end--;
  return end > 0 ? nodes.slice(0, end) : null;
}
