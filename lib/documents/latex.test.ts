import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { katexOptions } from '@/lib/math/katex-options';
import { corpusPath } from '@/test/corpus-dir';
import { twoRoundView } from './fixture.test-support';
import { sessionLatex } from './latex';
import { escapeLatexText } from './latex-text';

const CORPUS = corpusPath('deepseek-math-v2', 'Putnam2024.jsonl');
const hasPdflatex = spawnSync('pdflatex', ['--version']).status === 0;

/** Every formula of a .tex file: $…$, \[…\] and the amsmath display environments. */
function formulas(tex: string): { tex: string; display: boolean }[] {
  const body = tex.slice(tex.indexOf('\\begin{document}'));
  const out: { tex: string; display: boolean }[] = [];
  const display =
    /\\\[([\s\S]*?)\\\]|(\\begin\{(align|alignat|gather|multline|equation|flalign)\*?\}[\s\S]*?\\end\{\3\*?\})/g;
  const rest = body.replace(display, (_m, inner: string | undefined, env: string | undefined) => {
    out.push({ tex: (inner ?? env ?? '').trim(), display: true });
    return ' ';
  });
  for (const m of rest.matchAll(/(?<!\\)\$((?:\\\$|[^$])+?)(?<!\\)\$/g))
    out.push({ tex: m[1], display: false });
  return out;
}

function compiles(tex: string): { ok: boolean; log: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-tex-'));
  fs.writeFileSync(path.join(dir, 'doc.tex'), tex);
  const r = spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'doc.tex'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const ok = r.status === 0 && fs.existsSync(path.join(dir, 'doc.pdf'));
  const log = ok
    ? ''
    : (r.stdout ?? '')
        .split('\n')
        .filter((l) => l.startsWith('!'))
        .join('\n');
  fs.rmSync(dir, { recursive: true, force: true });
  return { ok, log };
}

function expectEveryFormulaParses(tex: string) {
  const found = formulas(tex);
  for (const f of found) {
    let error = 'ok';
    try {
      katex.renderToString(f.tex, { ...katexOptions(f.display), output: 'html' });
    } catch (err) {
      error = `${f.tex}: ${(err as Error).message}`;
    }
    expect(error).toBe('ok');
  }
  return found.length;
}

describe('sessionLatex', () => {
  const tex = sessionLatex(twoRoundView());

  it('is a standalone document with the problem and the final proof', () => {
    expect(tex.startsWith('\\documentclass')).toBe(true);
    expect(tex).toContain('\\begin{document}');
    expect(tex.trimEnd().endsWith('\\end{document}')).toBe(true);
    expect(tex).toContain('\\subsection*{Proof (round 2)}');
    expect(tex).toContain('\\textbf{Solution.}');
    expect(tex).toContain('\\begin{itemize}');
    // Tagged rows of an aligned block become align*, at top level (not inside \[ \]).
    expect(tex).toMatch(/\n\\begin\{align\*\}[\s\S]*\\tag\{3\}[\s\S]*\\end\{align\*\}/);
    expect(tex).not.toMatch(/\\\[\s*\\begin\{align/);
  });

  it('says what stands behind the final verifier score', () => {
    const view = twoRoundView();
    view.rounds[1].scoreNote = 'no issues found by all 8 samples';
    expect(sessionLatex(view)).toContain(
      '\\par\\emph{Verifier score 1: no issues found by all 8 samples.}',
    );
  });

  it('lists the final round’s findings with who raised them, their decision and thread', () => {
    expect(tex).toContain('\\subsection*{Findings on round 2}');
    expect(tex).toMatch(
      /\\item \\textbf\{Justification gap\} \(line 2; accepted; raised by a person; Skipped computation\)\./,
    );
    expect(tex).toContain(
      '\\emph{Reply:} “Expanded it: holds.” — 2026-12-04 10:31 UTC (set: accepted)',
    );
  });

  it('writes every formula so that KaTeX parses it', () => {
    expect(expectEveryFormulaParses(tex)).toBe(5);
  });

  it('escapes prose and replaces characters pdflatex cannot typeset', () => {
    expect(escapeLatexText('100% done & dusted_ok #1 ~ ^ {x} $5 \\ <a|b>')).toBe(
      '100\\% done \\& dusted\\_ok \\#1 \\textasciitilde{} \\textasciicircum{} \\{x\\} \\$5 \\textbackslash{} \\textless{}a\\textbar{}b\\textgreater{}',
    );
    expect(escapeLatexText('x ≤ 1 — “ok” right‑hand 漢')).toBe('x ≤ 1 — “ok” right-hand ?');
  });

  it('marks a formula KaTeX rejects as source text instead of breaking the document', () => {
    const view = twoRoundView();
    view.rounds[1].proof = 'Broken: \\(\\frac{1}{\\)';
    const out = sessionLatex(view);
    expect(out).toContain('[unrendered formula: \\texttt{');
    expectEveryFormulaParses(out);
  });

  it.skipIf(!hasPdflatex)('compiles with pdflatex (skipped when pdflatex is not installed)', () => {
    const result = compiles(tex);
    expect(result.log).toBe('');
    expect(result.ok).toBe(true);
  });

  it.skipIf(!hasPdflatex || !fs.existsSync(CORPUS))(
    'compiles DeepSeekMath-V2 Putnam 2024 proofs, every formula parsing with KaTeX (needs pdflatex and ../shared/corpus)',
    () => {
      const lines = fs.readFileSync(CORPUS, 'utf8').trim().split('\n').slice(0, 4);
      for (const line of lines) {
        const d = JSON.parse(line);
        const view = twoRoundView();
        view.title = d.problem_idx;
        view.problem = d.question;
        view.rounds[1].proof = d.model_prediction.proof;
        const doc = sessionLatex(view);
        expectEveryFormulaParses(doc);
        const result = compiles(doc);
        expect(`${d.problem_idx}: ${result.log}`).toBe(`${d.problem_idx}: `);
      }
    },
    120_000,
  );
});
