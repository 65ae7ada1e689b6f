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

/** What simpleTree reads must be what KaTeX reads, in both modes; returns whether it read it. */
function agrees(tex: string): boolean {
  const tree = simpleTree(tex);
  if (!tree) return false;
  for (const display of [false, true]) {
    const katex = katexTree(tex, display);
    expect(katex, tex).not.toBeNull();
    expect(located(tree), tex).toStrictEqual(katex);
  }
  return true;
}

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

describe('simple formulas', () => {
  it('are read into the tree KaTeX builds, and only where KaTeX reads them', () => {
    let read = 0;
    for (const tex of seededStrings(6000)) if (agrees(tex)) read++;
    // Not a vacuous pass: a good share of the strings are simple, scripts and groups included.
    expect(read).toBeGreaterThan(1000);
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

  it('leave to KaTeX what it rejects or reads otherwise: double scripts, primes, braces, macros', () => {
    for (const tex of [
      'x^2^3',
      'x_1_2',
      "x'",
      '{x',
      'x}',
      '^2',
      'x^',
      '\\frac{1}{2}',
      'x^\\neq',
      'x_\\,',
      '\\,^2',
      '\\neq^2',
      '\\cdots',
      '\\alpha\\',
      '%',
      '\\R',
    ])
      expect(simpleTree(tex), tex).toBeNull();
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
