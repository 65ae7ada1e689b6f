import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { normalizeTex } from './normalize-tex';
import { encodeFormula, restoreSource, splitOpaque } from './opaque-math';
import { renderPlugins } from './remark-plugins';

type Node = { type: string; value?: string; children?: Node[] };

const processor = unified()
  .use(remarkParse)
  .use(renderPlugins({ lineBreaks: true, nobreakClassName: 'nb' }));

/** The tree `MarkdownBlock` renders for `text`, as `type` or `type:value` outlines. */
function outline(text: string): string[] {
  const out: string[] = [];
  const walk = (node: Node, depth: number) => {
    const value = node.type === 'math' || node.type === 'inlineMath' ? `:${node.value}` : '';
    out.push(`${'  '.repeat(depth)}${node.type}${value}`);
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  const tree = processor.runSync(processor.parse(normalizeTex(text, { opaqueMath: true })));
  for (const child of (tree as Node).children ?? []) walk(child, 0);
  return out;
}

describe('opaque formulas', () => {
  it('round-trip any TeX, Markdown syntax and line breaks included', () => {
    const tex = 'a_*b*|c| \\\\ `x`\n  # $y$ ≤ 𝑥';
    const encoded = encodeFormula(tex, true);
    expect(encoded).toHaveLength(tex.length + 2);
    expect(splitOpaque(`p ${encoded} q`)).toEqual(['p ', { tex, display: true }, ' q']);
    expect(restoreSource(encodeFormula('x', false))).toBe('$x$');
  });

  it('survive a table cell with | inside the formula', () => {
    const tree = outline('| a | b |\n| --- | --- |\n| 1 | $|x| + |y|$ |');
    expect(tree.filter((l) => l.includes('tableCell'))).toHaveLength(4);
    expect(tree.some((l) => l.endsWith('inlineMath:|x| + |y|'))).toBe(true);
  });

  it('survive emphasis and headings, and a wrapped continuation line starting with - or #', () => {
    expect(outline('## Step $a_1*b$ **\\(x\n- y\\)**')).toEqual([
      'heading',
      '  text',
      '  inlineMath:a_1*b',
      '  text',
      '  strong',
      '    inlineMath:x\n- y',
    ]);
  });

  it('make a display mid-paragraph a block of its own, in a list item too', () => {
    expect(outline('- Hence \\[a=b\\] and so\n  on.')).toEqual([
      'list',
      '  listItem',
      '    paragraph',
      '      text',
      '    math:a=b',
      '    paragraph',
      '      text',
      '      break',
      '      text',
    ]);
  });

  it('keep consecutive $$ blocks apart', () => {
    const math = outline('$$\na\n$$\n$$\nb\n$$').filter((l) => l.startsWith('math'));
    expect(math).toEqual(['math:a', 'math:b']);
  });

  it('typeset formulas in raw HTML, which is shown as text', () => {
    const math = outline('<Lemma>\n For a graph $G$ with $n$ vertices').filter((l) =>
      l.includes('inlineMath'),
    );
    expect(math).toEqual(['  inlineMath:G', '  inlineMath:n']);
  });
});
