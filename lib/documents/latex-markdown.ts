import type { Nodes, Parents, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { normalizeTex } from '@/lib/math/normalize-tex';
import { REMARK_PLUGINS } from '@/lib/math/remark-plugins';
import { latexFormula } from './latex-math';
import { escapeLatexText } from './latex-text';

const parser = unified().use(remarkParse).use(REMARK_PLUGINS);

const HEADINGS = ['subsection*', 'subsection*', 'subsubsection*', 'paragraph*'];

function children(node: Parents, sep = ''): string {
  return node.children.map((c) => convert(c as Nodes)).join(sep);
}

function table(node: Extract<Nodes, { type: 'table' }>): string {
  const width = Math.max(1, ...node.children.map((row) => row.children.length));
  const rows = node.children.map(
    (row) => `${row.children.map((cell) => children(cell)).join(' & ')} \\\\`,
  );
  return `\\begin{tabular}{${'l'.repeat(width)}}\n${rows.join('\n')}\n\\end{tabular}`;
}

/** One Markdown node → LaTeX. Unknown nodes contribute their text, escaped. */
function convert(node: Nodes): string {
  switch (node.type) {
    case 'root':
      return children(node, '\n\n');
    case 'paragraph':
      return children(node);
    case 'heading':
      return `\\${HEADINGS[Math.min(node.depth, 4) - 1]}{${children(node)}}`;
    case 'text':
      return escapeLatexText(node.value);
    case 'emphasis':
      return `\\emph{${children(node)}}`;
    case 'strong':
      return `\\textbf{${children(node)}}`;
    case 'delete':
    case 'link':
    case 'linkReference':
      return children(node);
    case 'inlineCode':
      return `\\texttt{${escapeLatexText(node.value)}}`;
    case 'code':
      return `\\begin{verbatim}\n${node.value.replace(/\\end\{verbatim\}/g, '\\end {verbatim}')}\n\\end{verbatim}`;
    case 'inlineMath':
      return latexFormula(node.value, false);
    case 'math':
      return latexFormula(node.value, true).trim();
    case 'list': {
      const env = node.ordered ? 'enumerate' : 'itemize';
      const items = node.children.map((item) => `\\item ${children(item, '\n\n')}`);
      return items.length ? `\\begin{${env}}\n${items.join('\n')}\n\\end{${env}}` : '';
    }
    case 'blockquote':
      return `\\begin{quote}\n${children(node, '\n\n')}\n\\end{quote}`;
    case 'thematicBreak':
      return '\\begin{center}\\rule{0.5\\linewidth}{0.4pt}\\end{center}';
    case 'break':
      return '\\newline\n';
    case 'image':
    case 'imageReference':
      return escapeLatexText(`[image${node.alt ? `: ${node.alt}` : ''}]`);
    case 'html':
      return escapeLatexText(node.value);
    case 'table':
      return table(node);
    case 'definition':
    case 'footnoteDefinition':
    case 'footnoteReference':
    case 'yaml':
      return '';
    default:
      return 'children' in node
        ? children(node as Parents)
        : escapeLatexText(String((node as { value?: unknown }).value ?? ''));
  }
}

/**
 * Markdown + LaTeX in any dialect models use → LaTeX body text. Formulas go through the same
 * normalisation and repairs as the on-screen renderer, so what compiles is what was shown.
 */
export function markdownToLatex(markdown: string): string {
  const tree = parser.runSync(parser.parse(normalizeTex(markdown))) as Root;
  return convert(tree)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** For titles: one line, no block structure. */
export function inlineLatex(markdown: string): string {
  return markdownToLatex(markdown.replace(/\s*\n\s*/g, ' ')).replace(/\n+/g, ' ');
}
