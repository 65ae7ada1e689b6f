import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '@/test/corpus-dir';
import { prepareTex } from '../math/prepare-tex';
import { tokenize } from '../math/tokenize';
import { LineIndex, proofFormulas } from './formulas';
import { mulberry32 } from './prng';
import { readProofRecords } from './proof-records';
import { agrees } from './simple-tex.test-support';

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
