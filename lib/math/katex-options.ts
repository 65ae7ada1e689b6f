import type { KatexOptions } from 'katex';

/**
 * Macros every formula may use. Kept small and simple on purpose: each is a plain
 * substitution, so none can expand into anything KaTeX would not accept on its own.
 */
export const MATH_MACROS: Readonly<Record<string, string>> = Object.freeze({
  '\\R': '\\mathbb{R}',
  '\\N': '\\mathbb{N}',
  '\\Z': '\\mathbb{Z}',
  '\\Q': '\\mathbb{Q}',
  '\\C': '\\mathbb{C}',
  '\\F': '\\mathbb{F}',
  '\\abs': '\\left|#1\\right|',
  '\\norm': '\\left\\lVert#1\\right\\rVert',
  '\\floor': '\\left\\lfloor#1\\right\\rfloor',
  '\\ceil': '\\left\\lceil#1\\right\\rceil',
  // LaTeX commands KaTeX lacks that real problem statements use.
  '\\mbox': '\\text{#1}',
  '\\textup': '\\textrm{#1}',
  '\\ensuremath': '{#1}',
  '\\eqref': '(\\text{#1})',
  '\\ref': '\\text{#1}',
  '\\qedhere': '',
  '\\qed': '\\square',
  '\\lcm': '\\operatorname{lcm}',
  '\\sgn': '\\operatorname{sgn}',
  '\\hfill': '\\quad',
});

/** Size limit (em) for \rule, \kern and friends: `\rule{9999em}{9999em}` must not cover the page. */
const MAX_SIZE_EM = 20;

/**
 * Options shared by every KaTeX call. `trust: false` turns \href, \url, \includegraphics and
 * \html* into inert text; `output: 'html'` keeps the TeX source out of the markup (the MathML
 * annotation would repeat hostile input verbatim) and halves the DOM per formula.
 */
export function katexOptions(displayMode: boolean): KatexOptions {
  return {
    displayMode,
    output: 'html',
    throwOnError: true,
    trust: false,
    strict: 'ignore',
    maxSize: MAX_SIZE_EM,
    // A fresh copy per call: `\gdef` writes into this object, and one formula must never
    // redefine commands for the next one.
    macros: { ...MATH_MACROS },
  };
}
