/** Punctuation that must stay on the line of the formula it follows. */
export const TRAILING_PUNCTUATION = /^[.,;:!?)\]}’”'"…]+/;

type MdNode = {
  type: string;
  value?: string;
  children?: MdNode[];
  data?: { hName?: string; hProperties?: Record<string, unknown> };
};

/**
 * remark plugin: puts an inline formula and the punctuation right after it ("$x$,") in one
 * span with `className`, styled not to wrap between them. Browsers may break a line after
 * KaTeX's inline boxes, which left commas and full stops alone at the start of a line.
 */
export function remarkGluePunctuation(options: { className: string }) {
  const glue = (node: MdNode) => {
    const kids = node.children;
    if (!kids) return;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i];
      const next = kids[i + 1];
      if (kid.type !== 'inlineMath') {
        glue(kid);
        continue;
      }
      const punct = next?.type === 'text' ? TRAILING_PUNCTUATION.exec(next.value ?? '') : null;
      if (!next || !punct) continue;
      next.value = (next.value ?? '').slice(punct[0].length);
      kids.splice(i, next.value ? 1 : 2, {
        type: 'mathWithPunctuation',
        data: { hName: 'span', hProperties: { className: [options.className] } },
        children: [kid, { type: 'text', value: punct[0] }],
      });
    }
  };
  return (tree: MdNode) => glue(tree);
}
