import { hasOpaque, restoreSource, splitOpaque } from './opaque-math';

type MdNode = {
  type: string;
  value?: string;
  url?: string;
  alt?: string;
  title?: string | null;
  children?: MdNode[];
  data?: Record<string, unknown>;
};

/** A formula node with the hast shape `markdown-components` renders (as remark-math makes it). */
function mathNode(tex: string, display: boolean, block: boolean): MdNode {
  const code = {
    type: 'element',
    tagName: 'code',
    properties: { className: ['language-math', display ? 'math-display' : 'math-inline'] },
    children: [{ type: 'text', value: tex }],
  };
  if (block) return { type: 'math', value: tex, data: { hName: 'pre', hChildren: [code] } };
  return {
    type: 'inlineMath',
    value: tex,
    data: {
      display,
      hName: 'code',
      hProperties: code.properties,
      hChildren: code.children,
    },
  };
}

/** Text and formulas of a text node holding encoded formulas. */
function expandText(value: string): MdNode[] {
  return splitOpaque(value).map((part) =>
    typeof part === 'string'
      ? { type: 'text', value: part }
      : mathNode(part.tex, part.display, false),
  );
}

/** Nodes whose children are phrasing content (text, emphasis, formulas), not blocks. */
const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

const isDisplay = (node: MdNode) => node.type === 'inlineMath' && node.data?.display === true;

/** Drops line breaks and spaces at the edges of a run of phrasing content cut by a display. */
function trimRun(run: MdNode[]): MdNode[] {
  const out = [...run];
  while (out.length && out[0].type === 'break') out.shift();
  while (out.length && out[out.length - 1].type === 'break') out.pop();
  const first = out[0];
  if (first?.type === 'text') first.value = (first.value ?? '').replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value = (last.value ?? '').replace(/\s+$/, '');
  return out.filter((n) => n.type !== 'text' || n.value);
}

/**
 * A paragraph with display formulas among its own children becomes paragraphs and display
 * blocks, in order: wherever the source opened or closed the display (mid-line, at a line
 * start, inside a list item or a quote), it is a block of its own.
 */
function splitParagraph(paragraph: MdNode): MdNode[] {
  const kids = paragraph.children ?? [];
  if (!kids.some(isDisplay)) return [paragraph];
  const out: MdNode[] = [];
  let run: MdNode[] = [];
  const flush = () => {
    const trimmed = trimRun(run);
    if (trimmed.length) out.push({ ...paragraph, children: trimmed });
    run = [];
  };
  for (const kid of kids) {
    if (!isDisplay(kid)) {
      run.push(kid);
      continue;
    }
    flush();
    out.push(mathNode(kid.value ?? '', true, true));
  }
  flush();
  return out;
}

function transform(node: MdNode): void {
  if (typeof node.url === 'string' && hasOpaque(node.url)) node.url = restoreSource(node.url);
  if (typeof node.title === 'string' && hasOpaque(node.title))
    node.title = restoreSource(node.title);
  if (typeof node.alt === 'string' && hasOpaque(node.alt)) node.alt = restoreSource(node.alt);
  const kids = node.children;
  if (!kids) {
    // Code and raw HTML show their source as written.
    if (node.type !== 'text' && node.value && hasOpaque(node.value))
      node.value = restoreSource(node.value);
    return;
  }
  const next: MdNode[] = [];
  for (const kid of kids) {
    if (kid.type === 'text' && kid.value && hasOpaque(kid.value)) {
      next.push(...expandText(kid.value));
      continue;
    }
    // Raw HTML is shown as text (react-markdown has no rehype-raw), so its formulas are
    // typeset like any text's: `<Lemma>` on a line of its own opens an HTML block that runs
    // to the next blank line.
    if (kid.type === 'html' && kid.value && hasOpaque(kid.value)) {
      const parts = expandText(kid.value);
      if (PHRASING_PARENTS.has(node.type)) next.push(...parts);
      else next.push(...splitParagraph({ type: 'paragraph', children: parts }));
      continue;
    }
    transform(kid);
    next.push(...(kid.type === 'paragraph' ? splitParagraph(kid) : [kid]));
  }
  node.children = next;
}

/**
 * remark plugin: turns the formulas `normalizeTex` encoded as opaque tokens back into math
 * nodes once Markdown has parsed the document around them. A display formula that is a
 * paragraph's own child becomes a block; one inside emphasis, a link, a heading or a table
 * cell stays where it is, typeset in display style.
 */
export function remarkOpaqueMath() {
  return (tree: MdNode) => transform(tree);
}
