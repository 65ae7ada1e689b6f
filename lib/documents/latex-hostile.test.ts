import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { twoRoundView } from './fixture.test-support';
import { sessionLatex } from './latex';

/**
 * Issue 11: a draft's formulas are untrusted. Whatever they say, the exported document body
 * names no file, shell, catcode or definition primitive, and compiling it reads no file.
 * `secret.txt` (a canary beside the document) and /etc/passwd are what the formulas aim at.
 */
const HOSTILE = [
  String.raw`\gdef\R{\input{/etc/passwd}}\R`,
  String.raw`\gdef\R{\input{secret.txt}}`, // defined in one formula…
  String.raw`\R`, // …used in the next (KaTeX accepts both on their own)
  String.raw`\def\x{\input{secret.txt}}\x`,
  String.raw`\edef\x{\noexpand\input{secret.txt}}\x`,
  String.raw`\xdef\y{1}\y`,
  String.raw`\let\R\input \R{secret.txt}`,
  String.raw`\global\let\N\input \N{secret.txt}`,
  String.raw`\newcommand{\z}{\input{secret.txt}}\z`,
  String.raw`\renewcommand{\Z}{\input{secret.txt}}\Z`,
  String.raw`\providecommand{\w}{\include{secret}}\w`,
  String.raw`\DeclareMathOperator{\foo}{\input{secret.txt}}\foo`,
  String.raw`\input{/etc/passwd}`,
  String.raw`\relax\input secret.txt`,
  String.raw`\include{secret}`,
  String.raw`\openin1=secret.txt \read1 to\x \x`,
  String.raw`\immediate\write18{cat /etc/passwd > leak.tex}`,
  String.raw`\write18{touch pwned}`,
  String.raw`\catcode` + '`' + String.raw`\|=0 |input{secret.txt}`,
  String.raw`\csname input\endcsname{secret.txt}`,
  String.raw`\expandafter\input\expandafter{secret.txt}`,
  String.raw`^^5cinput{secret.txt}`,
  String.raw`x^^5c input{/etc/passwd}`,
  String.raw`\uppercase{\input{secret.txt}}`,
  String.raw`\lowercase{\INPUT{secret.txt}}`,
  String.raw`\string\input{secret.txt}`,
  String.raw`\usepackage{shellesc}`,
  String.raw`\special{ps: (secret.txt) run}`,
  String.raw`\scantokens{\input{secret.txt}}`,
  String.raw`\futurelet\x\input{secret.txt}`,
  String.raw`\verb|\input{secret.txt}|`,
  String.raw`\text{\input{secret.txt}}`,
  String.raw`\pdffiledump length 20 {secret.txt}`,
  String.raw`\makeatletter\@@input secret.txt`,
  String.raw`\lccode` + '`' + String.raw`\~=92 \lowercase{~input{secret.txt}}`,
  String.raw`\mathcode` + '`' + String.raw`\a="8000 a`,
  String.raw`\begin{filecontents}{x.tex}\input{secret.txt}\end{filecontents}`,
];

/** Control words of a TeX text, read as TeX reads them (`\\` is one control symbol). */
function controlWords(tex: string): string[] {
  return [...tex.matchAll(/\\([A-Za-z]+|[^A-Za-z])/g)].map((m) => m[1]);
}

const PRIMITIVES = new Set(
  'input include openin read write immediate catcode csname def gdef edef xdef let newcommand renewcommand providecommand DeclareMathOperator usepackage special scantokens expandafter uppercase lowercase string lccode mathcode futurelet verb global pdffiledump'.split(
    ' ',
  ),
);

function exportWith(formulas: string[], display: boolean): string {
  const view = twoRoundView();
  view.rounds[1].proof = formulas
    .map((f, i) => (display ? `Step ${i}:\n\n\\[\n${f}\n\\]\n` : `Step ${i}: \\(${f}\\) done.`))
    .join('\n\n');
  view.problem = `Hostile problem: $${formulas[0]}$`;
  return sessionLatex(view);
}

const hasPdflatex = spawnSync('pdflatex', ['--version']).status === 0;

describe('LaTeX export of hostile formulas', () => {
  it(`writes none of ${HOSTILE.length} hostile formulas as TeX, inline or displayed`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
    for (const display of [false, true]) {
      const doc = exportWith(HOSTILE, display);
      const body = doc.slice(doc.indexOf('\\begin{document}'));
      const named = controlWords(body).filter((w) => PRIMITIVES.has(w));
      expect(named).toEqual([]);
      expect(body).not.toContain('^^');
      // Each is shown as text, with a visible note saying why.
      const notes = body.match(/formula not exported as TeX because it uses/g) ?? [];
      // All but the bare `\R` (harmless once its definition is withheld), + the problem's.
      expect(notes.length).toBe(HOSTILE.length);
    }
  });

  it('still writes ordinary formulas as TeX', () => {
    const doc = exportWith(
      [String.raw`\frac{a}{b} \le \sqrt{x^2+1}`, String.raw`\R \to \N`],
      false,
    );
    expect(doc).toContain(String.raw`$\frac{a}{b} \le \sqrt{x^2+1}$`);
    expect(doc).toContain(String.raw`$\R \to \N$`);
    expect(doc).not.toContain('not exported as TeX');
  });

  it.skipIf(!hasPdflatex)(
    'compiles with -no-shell-escape without reading a file (skipped without pdflatex)',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-hostile-tex-'));
      const canary = `CANARY${Date.now()}`;
      fs.writeFileSync(path.join(dir, 'secret.txt'), `${canary}\n`);
      const passwd = fs.readFileSync('/etc/passwd', 'utf8').split('\n')[0];
      for (const display of [false, true]) {
        fs.writeFileSync(path.join(dir, 'doc.tex'), exportWith(HOSTILE, display));
        const r = spawnSync(
          'pdflatex',
          [
            '-no-shell-escape',
            '-interaction=nonstopmode',
            '-halt-on-error',
            '\\pdfcompresslevel=0\\input{doc.tex}',
          ],
          { cwd: dir, encoding: 'utf8', timeout: 60_000 },
        );
        const log = fs.readFileSync(path.join(dir, 'doc.log'), 'utf8');
        expect(
          r.status,
          log
            .split('\n')
            .filter((l) => l.startsWith('!'))
            .join('\n'),
        ).toBe(0);
        // No file but the document and TeX's own was opened; no file content reached the PDF.
        expect(log).not.toMatch(/\((?:\.\/)?secret\.txt|\(\/etc\/passwd/);
        const pdf = fs.readFileSync(path.join(dir, 'doc.pdf'), 'latin1');
        const shown = [...pdf.matchAll(/\(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]).join('');
        expect(shown).not.toContain(canary);
        expect(shown).not.toContain(passwd);
        expect(fs.existsSync(path.join(dir, 'pwned'))).toBe(false);
        expect(fs.existsSync(path.join(dir, 'leak.tex'))).toBe(false);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
    120_000,
  );
});
