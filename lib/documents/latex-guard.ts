/**
 * What a formula from a draft may not bring into an exported .tex file (issue 11). The
 * model's text is untrusted, and KaTeX accepting a formula proves little: it accepts
 * `\gdef\R{…}` without expanding it, and a later `$\R$` would then run whatever `\R` became
 * when the document is compiled. So a formula that names any command able to read or write
 * files, run programs, change how TeX reads characters, or (re)define or build commands is
 * not written as TeX at all; `latexFormula` writes it as escaped text with a note.
 *
 * A denylist of names, with the ways round it closed too: a command name can be built
 * (`\csname`, `\string`, `\expandafter`, `\uppercase`/`\lowercase` with `\lccode`) or written
 * in TeX's `^^5c` hex notation, and a character can be made active and given a meaning —
 * each of those is itself refused, so only names spelled out are left, and those are checked.
 */
const FORBIDDEN = new Set([
  // Files and the shell.
  'input',
  'include',
  'includeonly',
  'InputIfFileExists',
  'IfFileExists',
  'endinput',
  'openin',
  'openout',
  'closein',
  'closeout',
  'read',
  'readline',
  'write',
  'immediate',
  'newread',
  'newwrite',
  'special',
  'write18',
  'ShellEscape',
  'directlua',
  'latelua',
  'usepackage',
  'RequirePackage',
  'documentclass',
  'LoadClass',
  'includegraphics',
  'verbatiminput',
  'lstinputlisting',
  'jobname',
  'href',
  'url',
  'verb',
  'font',
  // How characters are read.
  'catcode',
  'lccode',
  'uccode',
  'sfcode',
  'mathcode',
  'delcode',
  'active',
  'makeatletter',
  'makeatother',
  'obeyspaces',
  'obeylines',
  'scantokens',
  'everyeof',
  'everymath',
  'everydisplay',
  'everypar',
  'everyhbox',
  'everyvbox',
  'everyjob',
  'everycr',
  // Building names and controlling expansion.
  'csname',
  'endcsname',
  'string',
  'detokenize',
  'unexpanded',
  'noexpand',
  'expandafter',
  'uppercase',
  'lowercase',
  'romannumeral',
  'number',
  'the',
  'meaning',
  'afterassignment',
  'aftergroup',
  // Definitions.
  'def',
  'gdef',
  'edef',
  'xdef',
  'global',
  'globaldefs',
  'let',
  'futurelet',
  'chardef',
  'mathchardef',
  'countdef',
  'dimendef',
  'skipdef',
  'muskipdef',
  'toksdef',
  'newcommand',
  'renewcommand',
  'providecommand',
  'DeclareRobustCommand',
  'DeclareMathOperator',
  'DeclareTextCommand',
  'DeclareUnicodeCharacter',
  'newenvironment',
  'renewenvironment',
  'newif',
  'NewDocumentCommand',
  'RenewDocumentCommand',
  'ProvideDocumentCommand',
  'DeclareDocumentCommand',
  'NewDocumentEnvironment',
  'RenewDocumentEnvironment',
  'NewExpandableDocumentCommand',
  'ExplSyntaxOn',
]);

/** Prefixes of engine primitives that reach files or the system (`\pdffiledump`, `\pdfmdfivesum`…). */
const FORBIDDEN_PREFIXES = ['pdf', 'lua', 'shell', 'Shell', 'file', 'File'];

/** Environments that write files or take text verbatim. */
const FORBIDDEN_ENVIRONMENTS = /^(filecontents\*?|verbatim\*?|lstlisting|comment|Verbatim)$/;

/**
 * Why a formula may not be written as TeX (`"\input"`, `"^^ notation"`…), or null if every
 * command it names is harmless.
 */
export function forbiddenInFormula(tex: string): string | null {
  if (tex.includes('^^')) return "TeX's ^^ character notation";
  // Control words are a backslash and the longest run of letters after it, as TeX reads
  // them; `\\` and other control symbols are consumed whole, so `\\input` is not `\input`.
  for (const m of tex.matchAll(/\\([A-Za-z]+|[^A-Za-z])/g)) {
    const name = m[1];
    if (name === '@' && /^[A-Za-z@]/.test(tex.slice((m.index ?? 0) + 2))) {
      return 'an internal (@) command';
    }
    if (FORBIDDEN.has(name) || FORBIDDEN_PREFIXES.some((p) => name.startsWith(p))) {
      return `\\${name}`;
    }
  }
  for (const m of tex.matchAll(/\\begin\s*\{([^}]*)\}/g)) {
    if (FORBIDDEN_ENVIRONMENTS.test(m[1].trim())) return `the ${m[1].trim()} environment`;
  }
  return null;
}
