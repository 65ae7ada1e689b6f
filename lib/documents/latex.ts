import type { ReadOnlyView } from '@/lib/proof-view/read-only-view';
import { findingsLatex } from './latex-findings';
import { inlineLatex, markdownToLatex } from './latex-markdown';
import { unicodeDeclarations } from './latex-text';

/**
 * Packages only some documents need, loaded when their commands appear and when the TeX
 * installation has them; a minimal one (Debian's texlive-latex-base) gets plain fallbacks.
 */
const OPTIONAL_PACKAGES: [RegExp, string, string][] = [
  [
    /\\(?:cancel|bcancel|xcancel)/,
    'cancel',
    String.raw`\providecommand{\cancel}[1]{#1}\providecommand{\bcancel}[1]{#1}\providecommand{\xcancel}[1]{#1}`,
  ],
  [/\\mathscr/, 'mathrsfs', String.raw`\providecommand{\mathscr}{\mathcal}`],
  [/\\bm\{/, 'bm', String.raw`\providecommand{\bm}[1]{\boldsymbol{#1}}`],
  [
    /\\(?:color|textcolor)\{/,
    'xcolor',
    String.raw`\providecommand{\color}[1]{}\providecommand{\textcolor}[2]{#2}`,
  ],
  [
    /\\(?:coloneqq|eqqcolon|mathclap|mathllap|mathrlap|dcases)/,
    'mathtools',
    String.raw`\providecommand{\coloneqq}{\mathrel{:}=}\providecommand{\eqqcolon}{=\mathrel{:}}\providecommand{\mathclap}[1]{#1}\providecommand{\mathllap}[1]{#1}\providecommand{\mathrlap}[1]{#1}\newenvironment{dcases}{\begin{cases}}{\end{cases}}`,
  ],
];

/** The macros the on-screen renderer knows (lib/math/katexOptions), defined for LaTeX. */
const MACROS = String.raw`\providecommand{\R}{\mathbb{R}}
\providecommand{\N}{\mathbb{N}}
\providecommand{\Z}{\mathbb{Z}}
\providecommand{\Q}{\mathbb{Q}}
\providecommand{\C}{\mathbb{C}}
\providecommand{\F}{\mathbb{F}}
\providecommand{\abs}[1]{\left|#1\right|}
\providecommand{\norm}[1]{\left\lVert#1\right\rVert}
\providecommand{\floor}[1]{\left\lfloor#1\right\rfloor}
\providecommand{\ceil}[1]{\left\lceil#1\right\rceil}
\providecommand{\lcm}{\operatorname{lcm}}
\providecommand{\sgn}{\operatorname{sgn}}`;

function preamble(body: string): string {
  const optional = OPTIONAL_PACKAGES.filter(([re]) => re.test(body)).map(
    ([, pkg, fallback]) => `\\IfFileExists{${pkg}.sty}{\\usepackage{${pkg}}}{${fallback}}`,
  );
  return [
    '\\documentclass[11pt]{article}',
    '\\usepackage[utf8]{inputenc}',
    // Latin Modern with T1 where installed; the default fonts otherwise.
    '\\IfFileExists{lmodern.sty}{\\usepackage[T1]{fontenc}\\usepackage{lmodern}}{}',
    '\\usepackage{amsmath,amssymb,amsthm}',
    ...optional,
    '\\IfFileExists{geometry.sty}{\\usepackage[margin=2.5cm]{geometry}}{}',
    '\\setlength{\\parindent}{0pt}',
    '\\setlength{\\parskip}{0.6em}',
    unicodeDeclarations(),
    MACROS,
  ].join('\n');
}

/**
 * A standalone .tex file of the session's final proof, with the problem it proves and the
 * findings on it. It compiles with pdflatex and a standard TeX distribution (amsmath, amssymb).
 */
export function sessionLatex(view: ReadOnlyView): string {
  const final = view.rounds.at(-1);
  const proof = final?.proof.trim()
    ? markdownToLatex(final.proof)
    : '\\emph{No proof has been written yet.}';
  const body = [
    '\\begin{document}',
    `\\section*{${inlineLatex(view.title)}}`,
    '\\subsection*{Problem}',
    markdownToLatex(view.problem),
    `\\subsection*{Proof${final ? ` (round ${final.index})` : ''}}`,
    proof,
    ...findingsLatex(final),
    ...(final && final.score !== null
      ? [
          `\\par\\emph{Verifier score ${final.score}${final.scoreNote ? `: ${inlineLatex(final.scoreNote)}` : ''}.}`,
        ]
      : []),
    ...(final?.prompt
      ? [`\\par\\emph{Written with the prompt ${inlineLatex(final.prompt)}.}`]
      : []),
    '\\end{document}',
  ].join('\n\n');
  return `${preamble(body)}\n\n${body}\n`;
}
