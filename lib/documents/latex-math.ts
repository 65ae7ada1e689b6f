import { renderTex } from '@/lib/math/render-tex';
import { forbiddenInFormula } from './latex-guard';
import { escapeLatexText } from './latex-text';

/** Environments that are displays on their own in amsmath and must not sit inside `\[ \]`. */
const TOP_LEVEL = /^\\begin\{(align|alignat|gather|multline|equation|flalign)\*?\}/;

const asText = (shown: string, display: boolean) =>
  display ? `\n\n\\begin{center}${shown}\\end{center}\n\n` : shown;

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
  // Untrusted TeX that could read files or redefine commands is never written as TeX.
  const forbidden = forbiddenInFormula(tex);
  if (forbidden) {
    const note = `formula not exported as TeX because it uses ${escapeLatexText(forbidden)}`;
    return asText(`[\\textbf{${note}}; its source: ${verbatimSource(tex)}]`, display);
  }
  if ('error' in renderTex(tex, display)) {
    return asText(`[unrendered formula: ${verbatimSource(tex)}]`, display);
  }
  if (!display) return `$${tex}$`;
  return TOP_LEVEL.test(tex) ? `\n${tex}\n` : `\n\\[\n${tex}\n\\]\n`;
}
