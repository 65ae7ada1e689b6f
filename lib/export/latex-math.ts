import { renderTex } from '@/lib/math/renderTex';
import { escapeLatexText } from './latex-text';

/** Environments that are displays on their own in amsmath and must not sit inside `\[ \]`. */
const TOP_LEVEL = /^\\begin\{(align|alignat|gather|multline|equation|flalign)\*?\}/;

const verbatimSource = (tex: string) =>
  `\\texttt{${escapeLatexText(tex.replace(/\s+/g, ' ').trim())}}`;

/**
 * One formula for the .tex file, as normalisation left it (already repaired exactly as the
 * on-screen renderer repairs it: lib/math/emitMarkdown runs prepareTex). A
 * formula KaTeX still rejects is written as marked source text instead: broken LaTeX would
 * stop pdflatex, and hiding it would hide the defect.
 */
export function latexFormula(raw: string, display: boolean): string {
  const tex = raw.trim();
  if (!tex) return '';
  if ('error' in renderTex(tex, display)) {
    const shown = `[unrendered formula: ${verbatimSource(tex)}]`;
    return display ? `\n\n\\begin{center}${shown}\\end{center}\n\n` : shown;
  }
  if (!display) return `$${tex}$`;
  return TOP_LEVEL.test(tex) ? `\n${tex}\n` : `\n\\[\n${tex}\n\\]\n`;
}
