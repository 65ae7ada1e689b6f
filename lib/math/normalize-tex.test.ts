import { describe, expect, it } from 'vitest';
import { HANG_GUARD_MS } from '@/test/hang-guard';
import { extractMath } from './extract-math';
import { normalizeTex } from './normalize-tex';
import { renderTex } from './render-tex';

/** The formulas remark-math will see after normalisation. */
const mathOf = (text: string) => extractMath(normalizeTex(text)).math;

describe('normalizeTex delimiters', () => {
  it('turns \\(…\\) into inline and \\[…\\] into display math', () => {
    expect(mathOf('a \\(x+1\\) b')).toEqual([{ tex: 'x+1', display: false }]);
    expect(mathOf('a\n\\[\nx=1\n\\]\nb')).toEqual([{ tex: 'x=1', display: true }]);
  });

  it('moves a display written mid-line onto its own lines, punctuation included', () => {
    const out = normalizeTex('Hence \\[a=b\\]. Then go.');
    expect(out).toBe('Hence \n$$\na=b.\n$$\nThen go.');
  });

  it('keeps $…$ and $$…$$ and trims $ BI $', () => {
    expect(mathOf('$x$ and $ BI $ and $$y$$')).toEqual([
      { tex: 'x', display: false },
      { tex: 'BI', display: false },
      { tex: 'y', display: true },
    ]);
  });

  it('reads \\(n\\)th as a formula followed by a suffix', () => {
    expect(normalizeTex('the \\(n\\)th term')).toBe('the $n$th term');
  });

  it('leaves currency as text', () => {
    expect(mathOf('It costs $5 and $10, or $ 5 and $ 7.')).toEqual([]);
    expect(normalizeTex('$5 and $10')).toBe('\\$5 and \\$10');
  });

  it('does not take the gap between two formulas for a formula', () => {
    expect(mathOf('x = 2$, yes, $D = 1$')).toEqual([{ tex: 'D = 1', display: false }]);
  });

  it('keeps two adjacent formulas apart', () => {
    expect(mathOf('\\(a\\)\\(b\\)')).toEqual([
      { tex: 'a', display: false },
      { tex: 'b', display: false },
    ]);
  });

  it('treats \\\\[2mm] as row spacing, not as a display delimiter', () => {
    const math = mathOf('\\[\n\\begin{aligned}\na&=b,\\\\[2mm]\nc&=d\n\\end{aligned}\n\\]');
    expect(math).toHaveLength(1);
    expect(math[0].tex).toContain('\\\\[2mm]');
  });

  it('shows an unclosed \\( as marked source without swallowing the rest', () => {
    const out = normalizeTex('Take \\(x and then \\(y\\) is fine.');
    expect(mathOf('Take \\(x and then \\(y\\) is fine.')).toEqual([
      { tex: '\\(', display: false },
      { tex: 'y', display: false },
    ]);
    expect(out).toContain('x and then');
    expect('error' in renderTex('\\(', false)).toBe(true);
  });

  it('ends an inline formula at a blank line', () => {
    expect(mathOf('a \\(x\n\nb\\) c')[0]).toEqual({ tex: '\\(', display: false });
  });

  it('never touches fenced or inline code', () => {
    const src =
      'See `\\(x\\)` and `$5$`\n\n```\n$$ a $$ \\[x\\] \\emph{y}\n```\n\n~~~tex\n\\(z\\)\n~~~';
    expect(normalizeTex(src)).toBe(src);
  });
});

describe('normalizeTex environments and tags', () => {
  it('wraps a bare math environment in display math', () => {
    for (const env of [
      'align*',
      'align',
      'aligned',
      'cases',
      'equation',
      'equation*',
      'gather',
      'gather*',
    ]) {
      const math = mathOf(`Find\n\\begin{${env}}\na = b\n\\end{${env}}\nend`);
      expect(math).toHaveLength(1);
      expect(math[0].display).toBe(true);
      expect('html' in renderTex(math[0].tex, true)).toBe(true);
    }
  });

  it('maps multline, which KaTeX lacks, to gather', () => {
    const [math] = mathOf('\\begin{multline}\na \\\\ b\n\\end{multline}');
    expect(math.tex).toContain('\\begin{gather}');
    expect('html' in renderTex(math.tex, true)).toBe(true);
  });

  it('renders an aligned block with one \\tag per row as align*', () => {
    const [math] = mathOf(
      '\\[\n\\begin{aligned}\na &= b, \\tag{3}\\\\[2mm]\nc &= d, \\tag{4}\\\\\ne &= f. \\tag{5}\n\\end{aligned}\n\\]',
    );
    expect(math.tex).toMatch(/^\\begin\{align\*\}[\s\S]*\\end\{align\*\}$/);
    expect('html' in renderTex(math.tex, true)).toBe(true);
  });

  it('splits two tagged equations on one line into a gather', () => {
    const [math] = mathOf('\\[ a = b \\tag{1} \\qquad c = d \\tag{2} \\]');
    expect(math.tex).toBe('\\begin{gather*}\na = b \\tag{1}\\\\\nc = d \\tag{2}\n\\end{gather*}');
    expect('html' in renderTex(math.tex, true)).toBe(true);
  });

  it('writes \\tag in prose and inline math as a label', () => {
    expect(normalizeTex('by \\tag{B} above')).toBe('by (B) above');
    const [math] = mathOf('so \\(x=1 \\tag{2}\\)');
    expect('html' in renderTex(math.tex, false)).toBe(true);
  });

  it('restores a row break that lost a backslash', () => {
    const [math] = mathOf(
      '\\[\\begin{cases} a, & \\mbox{if $x$;} \\\nb, & \\mbox{else.}\n\\end{cases}\\]',
    );
    expect(math.tex).toContain('\\\\\nb,');
    expect('html' in renderTex(math.tex, true)).toBe(true);
  });
});

describe('normalizeTex prose', () => {
  it('turns \\emph, \\textit and \\textbf into Markdown emphasis, formulas inside included', () => {
    expect(normalizeTex('\\emph{partners} and \\textit{x} and \\textbf{Case 1: $b$ is odd}')).toBe(
      '*partners* and *x* and **Case 1: $b$ is odd**',
    );
  });

  it('keeps emphasis valid when LaTeX puts a space inside it', () => {
    expect(normalizeTex('\\noindent\\emph{Proof. }Let')).toBe('*Proof.* Let');
  });

  it('drops \\noindent', () => {
    expect(normalizeTex('\\noindent Pick a prime.')).toBe('Pick a prime.');
  });

  it('turns itemize and enumerate with labelled items into Markdown lists', () => {
    const out = normalizeTex(
      'Show:\n\\begin{itemize}\n\\item[(a)] $g$ is onto\n\\item[(b)] it holds\n\\end{itemize}\nThen\n\\begin{enumerate}\n\\item one\n\\item two\n\\end{enumerate}',
    );
    expect(out).toContain('\n- (a) $g$ is onto\n- (b) it holds\n');
    expect(out).toContain('\n1. one\n1. two\n');
  });

  it('keeps a display inside a LaTeX list item', () => {
    const out = normalizeTex(
      '\\begin{itemize}\n\\item We have\n\\[x=1\\]\nso done\n\\end{itemize}',
    );
    expect(out).toContain('- We have\n  $$\n  x=1\n  $$\n  so done');
  });

  it('wraps math commands written outside any delimiter', () => {
    expect(normalizeTex('the set \\mathbb{N} and a 2025 \\times 2025 board')).toBe(
      'the set $\\mathbb{N}$ and a $2025 \\times 2025$ board',
    );
    expect(normalizeTex('a \\mathbb{Z}-module')).toBe('a $\\mathbb{Z}$-module');
    expect(normalizeTex('H = \\left( p, \\frac{a}{q} \\right), where')).toBe(
      'H = $\\left( p, \\frac{a}{q} \\right)$, where',
    );
  });

  it('keeps a display inside a Markdown list item', () => {
    const src =
      '- **Pair:**  \n  \\[\n  \\begin{cases}\n  a,\\\\\n  b\n  \\end{cases}\n  \\]\n  Adding gives';
    expect(normalizeTex(src)).toBe(src.replace(/\\[[\]]/g, () => '$$'));
  });

  it.each([
    ['mixed openers', '\\( $5 \\[ `a $x{ \\begin{aligned} \\emph{ \\frac{ \\mathbb{N} '],
    ['dollars', '$a'],
    ['unclosed parentheses in bare math', '\\alpha ('],
    ['nested LaTeX lists', '\\begin{itemize}\\item '],
    ['unclosed environments', '\\begin{cases} x \\begin{pmatrix} '],
    ['backslashes', '\\'],
  ])(
    'normalises 100,000 characters of %s without catastrophic backtracking',
    { timeout: HANG_GUARD_MS },
    (_name, unit) => {
      // Linear passes take milliseconds here; a backtracking regex takes minutes, and the
      // test timeout (a hang guard, applied to synchronous tests too) catches that.
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      expect(normalizeTex(text).length).toBeGreaterThan(0);
    },
  );
});
