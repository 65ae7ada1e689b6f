import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { IncrementalBlocks } from '../incremental-blocks';
import { renderPlugins } from '../remark-plugins';
import { chunkMarkdown, sourceChunks } from '../source-chunks';
import { visibleTex } from '../visible-tex';

export interface RenderedFormula {
  tex: string;
  display: boolean;
}

export interface RenderedDocument {
  /** Every formula handed to KaTeX, in document order. */
  math: RenderedFormula[];
  /** Visible text that still shows TeX: a delimiter or a command outside rendered math. */
  leftovers: string[];
}

interface MdNode {
  type: string;
  value?: string;
  data?: { display?: boolean };
  children?: MdNode[];
}

const processors = new Map<boolean, Processor>();

function processor(lineBreaks: boolean): Processor {
  let p = processors.get(lineBreaks);
  if (!p) {
    p = unified()
      .use(remarkParse)
      .use(renderPlugins({ lineBreaks, nobreakClassName: 'math-nobreak' })) as unknown as Processor;
    processors.set(lineBreaks, p);
  }
  return p;
}

/**
 * Where a text is shown: `preview` is a proof in the workbench preview (line-level chunks of
 * the source, each its own `MathMarkdown` with every line break kept); `prose` is one
 * `MathMarkdown` over the whole text (problems, reports, findings).
 */
export type RenderView = 'preview' | 'prose';

/**
 * What the UI shows for `text` in `view`: the same chunks and blocks, each parsed and
 * transformed by the same remark plugins as `MarkdownBlock`, read as the formulas KaTeX gets
 * and the text a reader sees (code aside: a backslash in code is meant).
 */
export function renderedMath(text: string, view: RenderView): RenderedDocument {
  const math: RenderedFormula[] = [];
  const leftovers: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'math' || node.type === 'inlineMath') {
      math.push({ tex: node.value ?? '', display: node.type === 'math' || !!node.data?.display });
      return;
    }
    if ((node.type === 'text' || node.type === 'html') && node.value) {
      const shown = visibleTex(node.value);
      if (shown) leftovers.push(shown);
    }
    for (const child of node.children ?? []) walk(child);
  };
  const lineBreaks = view === 'preview';
  const p = processor(lineBreaks);
  const parts = lineBreaks ? sourceChunks(text).map((c) => chunkMarkdown(c.text).markdown) : [text];
  for (const part of parts) {
    for (const block of new IncrementalBlocks().update(part, { opaqueMath: true })) {
      walk(p.runSync(p.parse(block)) as MdNode);
    }
  }
  return { math, leftovers };
}
