import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { REMARK_PLUGINS } from './remark-plugins';

export interface MathSegment {
  tex: string;
  display: boolean;
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

const parser = unified().use(remarkParse).use(REMARK_PLUGINS);

/**
 * The formulas (and the prose text) of normalised Markdown, parsed exactly as the rendering
 * component parses it; used by the evaluation and the corpus test.
 */
export function extractMath(markdown: string): { math: MathSegment[]; text: string[] } {
  const math: MathSegment[] = [];
  const text: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'math' || node.type === 'inlineMath') {
      math.push({ tex: node.value ?? '', display: node.type === 'math' });
    } else if (node.type === 'text' && node.value) text.push(node.value);
    for (const child of node.children ?? []) walk(child);
  };
  walk(parser.runSync(parser.parse(markdown)) as MdNode);
  return { math, text };
}
