import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '@/test/corpus-dir';
import { prepareTex } from '../math/prepare-tex';
import { tokenize } from '../math/tokenize';
import { LineIndex, proofFormulas } from './formulas';
import { parseTex, type TexNode } from './katex-tree';
import { mulberry32 } from './prng';
import { readProofRecords } from './proof-records';
import { simpleTree } from './simple-tex';

/** A KaTeX tree with each location reduced to its offsets (KaTeX's also names its lexer). */
function located(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(located);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] =
      k === 'loc' && v
        ? { start: (v as TexNode['loc'])?.start, end: (v as TexNode['loc'])?.end }
        : located(v);
  return out;
}

/** KaTeX's tree, or null where KaTeX rejects the formula. */
function katexTree(tex: string, display: boolean): unknown {
  try {
    return located(parseTex(tex, display));
  } catch {
    return null;
  }
}

/** What simpleTree reads must be what KaTeX reads, in each mode; returns whether it read it in either. */
function agrees(tex: string): boolean {
  let read = false;
  for (const display of [false, true]) {
    const tree = simpleTree(tex, display);
    if (!tree) continue;
    const katex = katexTree(tex, display);
    expect(katex, tex).not.toBeNull();
    expect(located(tree), tex).toStrictEqual(katex);
    read = true;
  }
  return read;
}

/** Neither mode reads it here. */
const unread = (tex: string) => !simpleTree(tex, false) && !simpleTree(tex, true);

/** Tokens of seeded strings: plain characters, braces, scripts, spaces and commands. */
const PIECES = [
  ...'aZq09+-=<>(),.;:|/![]'.split(''),
  ' ',
  '\n',
  '{',
  '}',
  '^',
  '_',
  '^',
  '_',
  '\\alpha',
  '\\Gamma',
  '\\infty',
  '\\cdot',
  '\\le',
  '\\geq',
  '\\in',
  '\\to',
  '\\alpha ',
  '\\pi  ',
  '\\frac',
  '\\',
  '\\,',
  '\\;',
  '\\!',
  '\\quad',
  '\\qquad ',
  '\\neq',
  '\\ne ',
  '\\nex',
  '\\left(',
  "'",
  "'",
  '*',
  '\\frac',
  '\\dfrac',
  '\\tfrac ',
  '\\binom',
  '\\tbinom',
  '\\sqrt',
  '\\sqrt[',
  '\\mathbb',
  '\\mathbf ',
  '\\mathcal',
  '\\sum',
  '\\prod ',
  '\\cos',
  '\\max',
  '\\int',
  '\\left',
  '\\left(',
  '\\left.',
  '\\left\\{',
  '\\right',
  '\\right)',
  '\\right|',
  '\\right\\}',
  '\\rightarrow',
  '\\bigl(',
  '\\bigr)',
  '\\Big|',
  '\\big',
  '\\{',
  '\\}',
  '\\lfloor',
  '\\rfloor',
  '\\langle ',
  '\\|',
  '\\ ',
  '\\ldots',
  '\\Longrightarrow',
  '\\prime',
  '\\R',
  '\\tag{1}',
  '\\tag{A2}',
  '\\dots',
  '\\dots ',
  '\\cdots',
  '\\cdots ',
  '\\ldots',
  '\\pmod',
  '\\pmod ',
  '\\boxed',
  '\\text{a b}',
  '\\text{',
  '\\textbf ',
  '\\textup',
  '\\hat',
  '\\vec ',
  '\\overrightarrow',
  '\\overline',
  '\\underline',
  '\\operatorname',
  '\\displaystyle',
  '\\notin',
  '\\implies',
  '\\iff',
  '\\tag',
  '{',
  '}',
];

function seededStrings(count: number): string[] {
  const random = mulberry32(16);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = '';
    const length = 1 + Math.floor(random() * 10);
    for (let i = 0; i < length; i++) s += PIECES[Math.floor(random() * PIECES.length)];
    out.push(s);
  }
  return out;
}

/**
 * Constructs around seeded contents (`\\frac{…}{…}`, `\\left( … \\right)`, …), nested: flat
 * strings of PIECES rarely close what they open, and these mostly do.
 */
const WRAPPERS: ((a: string, b: string) => string)[] = [
  (a, b) => `\\frac{${a}}{${b}}`,
  (a, b) => `\\dfrac{${a}}{${b}}`,
  (a, b) => `\\binom ${a}${b}`,
  (a) => `\\sqrt{${a}}`,
  (a, b) => `\\sqrt[${a}]{${b}}`,
  (a, b) => `\\sqrt[${a}] ${b}`,
  (a) => `\\mathbb{${a}}`,
  (a) => `\\left(${a}\\right)`,
  (a) => `\\left\\{ ${a} \\right.`,
  (a) => `\\bigl(${a}\\bigr)`,
  (a) => `{${a}}`,
  (a) => `\\boxed{${a}}`,
  (a) => `\\pmod{${a}}`,
  (a) => `\\sum_{${a}}^{${a}}`,
  (a, b) => `${a}\\tag{${b}}`,
  (a, b) => `\\text{${a}}${b}`,
  (a) => `\\vec{${a}}`,
  (a) => `\\widehat{${a}}`,
  (a) => `\\overline{${a}}`,
  (a) => `\\operatorname{${a}}`,
  (a, b) => `{\\displaystyle ${a}}${b}`,
];

function nestedStrings(count: number): string[] {
  const random = mulberry32(61);
  const piece = () => PIECES[Math.floor(random() * PIECES.length)];
  const build = (depth: number): string => {
    let s = '';
    const length = Math.floor(random() * 4);
    for (let i = 0; i < length; i++) {
      if (depth < 2 && random() < 0.4) {
        const wrap = WRAPPERS[Math.floor(random() * WRAPPERS.length)];
        s += wrap(build(depth + 1), build(depth + 1));
      } else s += piece();
    }
    return s;
  };
  return Array.from({ length: count }, () => build(0));
}

describe('simple formulas', () => {
  it('are read into the tree KaTeX builds, and only where KaTeX reads them', () => {
    let read = 0;
    for (const tex of seededStrings(6000)) if (agrees(tex)) read++;
    // Not a vacuous pass: a good share of the strings are simple, scripts and groups included.
    expect(read).toBeGreaterThan(1000);
    let nested = 0;
    for (const tex of nestedStrings(6000)) if (agrees(tex)) nested++;
    expect(nested).toBeGreaterThan(1000);
    for (const tex of [
      'x_{n+1}^{2}',
      '{a}^b_c',
      'x ^ 2',
      '\\alpha_1\\beta',
      'f(x)\\le 2^{k}',
      'a\\neq b',
      'x\\,y\\quad z',
    ])
      expect(agrees(tex), tex).toBe(true);
  });

  it('read fractions, roots, fonts, operators, delimiters and primes as KaTeX does', () => {
    for (const tex of [
      "f'(x)",
      "f''^{2}_1",
      "f_1'",
      '2*3',
      '\\frac{1}{2}',
      '\\frac12',
      '\\frac {a} {b}^2',
      '\\frac\\alpha \\beta',
      '\\dfrac{P}{2}',
      '\\tfrac{1}{n}',
      '\\binom{2k}{k-r}',
      '\\dbinom nk',
      '\\tbinom{n}{k}',
      '\\sqrt{x}',
      '\\sqrt x',
      '\\sqrt[3]{x+1}',
      '\\sqrt[3] x',
      '\\sqrt[]{x}',
      '\\sqrt{\\frac{a}{b}}',
      '\\mathbb{R}',
      '\\mathbb Z',
      '\\mathbf{xy}',
      '\\mathcal{}',
      '\\mathrm{d}x',
      '\\sum_{i=1}^{n} a_i',
      '\\prod_{i} x_i',
      '\\int_0^1 x',
      '\\cos\\alpha+\\sin^2 x',
      '\\max_{0\\le i\\le n}|a_i|',
      '\\gcd(u,v)=1',
      '\\left( x \\right)',
      '\\left(\\frac{a}{b}\\right)^2',
      '\\left.x\\right|',
      '\\left\\{ a \\right\\}',
      '\\left\\lfloor \\frac n2\\right\\rfloor',
      '\\left\\langle a\\right\\rangle',
      '\\left| \\left( x\\right) \\right|',
      '\\bigl( x\\bigr)',
      '\\Bigl|a\\Bigr|',
      '\\big\\{',
      '\\{1,2\\}',
      '\\lfloor x\\rfloor',
      'A\\Longrightarrow B\\Longleftrightarrow C',
      'a\\ b\\   c',
      '1,2,\\ldots,n',
      'A\\cap B=\\varnothing',
      '2S \\ge P .\\tag{1}',
      'r=0,1,\\dots ,m',
      '1+2+\\cdots+n',
      '(a_1,\\dots)',
      'a_1+\\dots+a_n',
      'x_1\\dots x_n',
      '\\{1,\\dots,n\\}',
      '\\left(1,\\dots\\right.',
      '\\frac{1+\\cdots}{2}',
      '\\sqrt[\\cdots]{2}',
      '\\dots\\le \\cdots\\bigr)',
      'k\\equiv r\\pmod 2',
      'a\\equiv b \\pmod{n+1}.',
      '\\pmod{\\frac{p}{2}}',
      '\\boxed{\\,n=2,\\;(a_0,a_1)=(-1,\\;3)\\,}.',
      '\\boxed x^2',
      '\\boxed{1,\\dots}',
      '\\text{LHS}=(0-a)f(f(a))',
      '\\text{ if  n is even, }x',
      '\\text{}',
      'x_{\\text{max}}',
      '\\textbf{Case 1.}',
      '\\text{ab}^2',
      '\\vec d=(u,\\;v-1)',
      '\\overrightarrow{OI}\\!\\cdot\\!\\overrightarrow{MN}=0',
      '\\hat{a}^2+\\bar x',
      '(666.\\overline{3},\\,1999]',
      '\\underline{ab}',
      '\\sigma(\\operatorname{pos}_\\sigma(i))=i',
      '\\displaystyle\\sum_{i=1}^n i',
      '\\frac{\\displaystyle a}{b}',
      'p_2\\notin T',
      'A\\implies B\\iff C',
      'a\\ne b\\neq c',
      'x \\tag {12} ',
      'x\\tag{A1}y',
      '{x}\\tag{}',
    ])
      expect(agrees(tex), tex).toBe(true);
  });

  it('leave to KaTeX what it rejects or reads otherwise: double scripts, braces, macros', () => {
    for (const tex of [
      'x^2^3',
      'x_1_2',
      '{x',
      'x}',
      '^2',
      'x^',
      'x^\\neq',
      'x_\\,',
      '\\,^2',
      '\\neq^2',
      '\\alpha\\',
      '%',
      '\\R',
    ])
      expect(unread(tex), tex).toBe(true);
  });

  it('leave to KaTeX functions with a missing or unread argument, and unbalanced delimiters', () => {
    for (const tex of [
      "x'^2^3",
      "x^2'",
      "'x",
      '\\frac',
      '\\frac{1}',
      '\\frac{1}{',
      '\\frac1',
      '\\frac{1}^2',
      '\\frac\\R 2',
      '\\frac\\sum 2',
      '\\dfrac{a}',
      '\\binom{n}',
      '\\sqrt',
      '\\sqrt^2',
      '\\sqrt[3',
      '\\sqrt[3]',
      '\\sqrt[{3}]{x}',
      '\\sqrt[}]{x}',
      '\\sqrt\\,x',
      '\\mathbb',
      '\\mathbb\\R',
      '\\mathbb{\\R}',
      'x^\\sum',
      'x^\\sqrt2',
      'x^\\mathbb R',
      '\\left(x',
      'x\\right)',
      '\\left(x\\right',
      '\\left(x\\rightarrow',
      '\\left\\alpha x\\right)',
      '\\left{x\\right)',
      '{\\left(x}\\right)',
      '\\left(x\\middle| y\\right)',
      '\\bigl',
      '\\bigl{',
      '\\bigl\\alpha',
      '\\lim\\limits_{x}',
      '\\abs{x}',
      '\\floor{x}',
      'x\\tag{1}\\tag{2}',
      'x\\tag{1}^2',
      "x\\tag{1}'",
      '\\dots^2',
      '\\cdots_1',
      "\\dots'",
      '\\dots\\,',
      '\\dots\\neq',
      '\\cdots\\R',
      '\\pmod{1,\\dots}',
      '\\pmod 2^2',
      "\\pmod{n}'",
      '\\pmod',
      '\\boxed',
      '\\boxed{x',
      'x^\\boxed{1}',
      'x_\\text{max}',
      '\\text{a-b}',
      "\\text{a''}",
      '\\text{\\alpha}',
      '\\text{a',
      '\\textup{a}',
      '\\operatorname*{a}',
      '\\operatorname',
      '\\vec',
      'x^\\vec a',
      '\\notin^2',
      '\\implies_1',
      'a\\displaystyle b}',
      '\\displaystyle x\\tag{1}',
      'x\\tag1',
      'x\\tag{a b}',
      'x\\tag*{1}',
      '{x\\tag{1}}',
      '\\frac{\\tag{1}}{2}',
      '\\left(x\\tag{1}\\right)',
    ])
      expect(unread(tex), tex).toBe(true);
    // A tag stands only in display math, where KaTeX reads it; inline, KaTeX refuses it.
    expect(simpleTree('x\\tag{1}', false)).toBeNull();
    expect(simpleTree('x\\tag{1}', true)).not.toBeNull();
  });

  const corpus = CORPUS_DIR;
  it.skipIf(!existsSync(corpus))('read every simple formula of the corpus as KaTeX does', () => {
    let read = 0;
    for (const dir of readdirSync(corpus, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const file of readdirSync(path.join(corpus, dir.name))) {
        if (!file.endsWith('.jsonl')) continue;
        const text = readFileSync(path.join(corpus, dir.name, file), 'utf8');
        for (const { proof } of readProofRecords(text).records) {
          const { formulas } = proofFormulas(proof, new LineIndex(proof), tokenize(proof));
          for (const f of formulas) {
            // As the relation check reads it, and as the TeX check hands it to KaTeX.
            if (agrees(f.tex)) read++;
            agrees(prepareTex(f.tex, f.display));
          }
        }
      }
    }
    expect(read).toBeGreaterThan(1000);
  });
});
