/**
 * Text-mode escaping for LaTeX and the Unicode math symbols models write outside formulas.
 * Symbols get `\DeclareUnicodeCharacter` lines in the preamble (so they work in text and in
 * math); characters pdflatex cannot typeset at all are replaced, never passed through to
 * break the build.
 */
export const UNICODE_MATH: Readonly<Record<string, string>> = {
  '≤': '\\le',
  '≥': '\\ge',
  '≠': '\\neq',
  '≈': '\\approx',
  '≡': '\\equiv',
  '∼': '\\sim',
  '≅': '\\cong',
  '∞': '\\infty',
  '∈': '\\in',
  '∉': '\\notin',
  '⊂': '\\subset',
  '⊆': '\\subseteq',
  '⊃': '\\supset',
  '⊇': '\\supseteq',
  '∪': '\\cup',
  '∩': '\\cap',
  '∅': '\\emptyset',
  '→': '\\to',
  '←': '\\leftarrow',
  '↔': '\\leftrightarrow',
  '⇒': '\\Rightarrow',
  '⇐': '\\Leftarrow',
  '⇔': '\\Leftrightarrow',
  '↦': '\\mapsto',
  '×': '\\times',
  '·': '\\cdot',
  '÷': '\\div',
  '±': '\\pm',
  '∓': '\\mp',
  '√': '\\surd',
  '∑': '\\sum',
  '∏': '\\prod',
  '∫': '\\int',
  '∂': '\\partial',
  '∇': '\\nabla',
  '∀': '\\forall',
  '∃': '\\exists',
  '¬': '\\neg',
  '∧': '\\wedge',
  '∨': '\\vee',
  '⊥': '\\perp',
  '∥': '\\parallel',
  '∠': '\\angle',
  '△': '\\triangle',
  '°': '^\\circ',
  '′': '\\prime',
  '∘': '\\circ',
  '⌊': '\\lfloor',
  '⌋': '\\rfloor',
  '⌈': '\\lceil',
  '⌉': '\\rceil',
  '−': '-',
  '∣': '\\mid',
  '∗': '\\ast',
  '⋅': '\\cdot',
  '…': '\\ldots',
  '₀': '_{0}',
  '₁': '_{1}',
  '₂': '_{2}',
  '₃': '_{3}',
  '₄': '_{4}',
  '₅': '_{5}',
  '₆': '_{6}',
  '₇': '_{7}',
  '₈': '_{8}',
  '₉': '_{9}',
  '⁰': '^{0}',
  '¹': '^{1}',
  '²': '^{2}',
  '³': '^{3}',
  '⁴': '^{4}',
  '⁵': '^{5}',
  '⁶': '^{6}',
  '⁷': '^{7}',
  '⁸': '^{8}',
  '⁹': '^{9}',
  ℕ: '\\mathbb{N}',
  ℤ: '\\mathbb{Z}',
  ℚ: '\\mathbb{Q}',
  ℝ: '\\mathbb{R}',
  ℂ: '\\mathbb{C}',
  α: '\\alpha',
  β: '\\beta',
  γ: '\\gamma',
  δ: '\\delta',
  ε: '\\varepsilon',
  ζ: '\\zeta',
  η: '\\eta',
  θ: '\\theta',
  ι: '\\iota',
  κ: '\\kappa',
  λ: '\\lambda',
  μ: '\\mu',
  ν: '\\nu',
  ξ: '\\xi',
  π: '\\pi',
  ρ: '\\rho',
  σ: '\\sigma',
  τ: '\\tau',
  υ: '\\upsilon',
  φ: '\\varphi',
  χ: '\\chi',
  ψ: '\\psi',
  ω: '\\omega',
  Γ: '\\Gamma',
  Δ: '\\Delta',
  Θ: '\\Theta',
  Λ: '\\Lambda',
  Ξ: '\\Xi',
  Π: '\\Pi',
  Σ: '\\Sigma',
  Φ: '\\Phi',
  Ψ: '\\Psi',
  Ω: '\\Omega',
};

/**
 * Text characters LaTeX's UTF-8 input typesets with the default (OT1) fonts too: accented
 * Latin letters, dashes and curly quotes. Anything else becomes "?" rather than an error.
 */
const TEXT_OK =
  /[\u00c0-\u00cf\u00d1-\u00d6\u00d8-\u00dd\u00df-\u00ef\u00f1-\u00f6\u00f8-\u00fd\u00ff\u2013\u2014\u2018\u2019\u201c\u201d]/;
/** Look-alikes that have a plain equivalent. */
const PLAIN: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '--',
  '\u2032': "'",
  '\u2033': "''",
  '\u201a': ',',
  '\u201e': ',,',
  '\u00ab': '<<',
  '\u00bb': '>>',
  '\u2022': '*',
  '\u00ad': '',
  '\u200b': '',
  '\ufeff': '',
};

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** Escapes prose for LaTeX text mode. */
export function escapeLatexText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (SPECIAL[ch]) out += SPECIAL[ch];
    else if (ch === '\u00a0') out += '~';
    else if (PLAIN[ch] !== undefined) out += PLAIN[ch];
    else if (/[\u2000-\u200a\u202f\u205f\u3000]/.test(ch)) out += ' ';
    else if (ch.charCodeAt(0) < 128 || UNICODE_MATH[ch] || TEXT_OK.test(ch)) out += ch;
    else out += '?';
  }
  return out;
}

/** Preamble lines that teach pdflatex the Unicode symbols above. */
export function unicodeDeclarations(): string {
  return Object.entries(UNICODE_MATH)
    .map(([ch, tex]) => {
      const code = ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
      return `\\DeclareUnicodeCharacter{${code}}{\\ensuremath{${tex}}}`;
    })
    .join('\n');
}
