import katex from 'katex';
import { katexOptions } from '../math/katex-options';
import type { TexNode } from './katex-tree';
import { SIGN_NODES } from './plain-tex';

/**
 * The tree KaTeX builds for a formula of plain characters, braces, scripts, symbol commands,
 * spaces and `\neq` ("x_{n+1} \le 2^{k}", "\alpha \cdot \beta \neq 0"), built without running KaTeX; null
 * for anything else, which KaTeX then reads (and rejects, where it would). KaTeX's parser is
 * a quarter of a check; a quarter of that is on formulas like these. simple-tex.test.ts holds
 * the claim: on random strings of this alphabet and on every formula of the corpus, the tree
 * is KaTeX's, and what is read here is what KaTeX accepts.
 */
export function simpleTree(tex: string): TexNode[] | null {
  if (!SIMPLE_TEX.test(tex)) return null;
  const reader = new SimpleReader(tex);
  const nodes = reader.expression();
  return nodes && reader.atEnd() ? nodes : null;
}

/** The alphabet: plain characters, braces, `^`, `_`, and backslash commands (checked below). */
const SIMPLE_TEX = /^[A-Za-z0-9 +\-=<>(),.;:|/![\]\n\t{}^_\\]*$/;

/**
 * Spaces KaTeX reads as a kern of a fixed width: a node with no location, which takes no
 * script and is none (KaTeX rejects `x^\,`; a `^` after one has no base).
 */
const KERNS = new Map<string, { number: number; unit: string }>([
  ['\\,', { number: 3, unit: 'mu' }],
  ['\\:', { number: 4, unit: 'mu' }],
  ['\\>', { number: 4, unit: 'mu' }],
  ['\\;', { number: 5, unit: 'mu' }],
  ['\\!', { number: -3, unit: 'mu' }],
  ['\\quad', { number: 1, unit: 'em' }],
  ['\\qquad', { number: 2, unit: 'em' }],
]);

/**
 * `\neq` and `\ne`: KaTeX expands them into a tree (a "not" laid over `=`) whose locations
 * are offsets into the macro's own text, so it is the same wherever the sign is written. It
 * is KaTeX's own, read once; like a kern it takes no script and is none. Trees are never
 * changed once read, so every `\neq` may share it.
 */
let notEqual: TexNode | undefined;
const katexParse = (katex as unknown as { __parse: (t: string, o: object) => TexNode[] }).__parse;
const notEqualTree = () => {
  notEqual ??= katexParse('\\neq', katexOptions(false))[0];
  return notEqual;
};

/** Symbol commands KaTeX reads as one node of the same text, by their node's class. */
const COMMANDS = new Map<string, { type: string; family?: string }>();
const define = (names: string, node: { type: string; family?: string }) => {
  for (const name of names.split(' ')) COMMANDS.set(`\\${name}`, node);
};
define(
  'alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega',
  { type: 'mathord' },
);
define(
  'Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega infty emptyset angle partial nabla forall exists ell',
  { type: 'textord' },
);
define('cdot times pm mp div circ ast star cup cap setminus bullet wedge vee oplus otimes', {
  type: 'atom',
  family: 'bin',
});
define(
  'le ge leq geq leqslant geqslant lt gt approx equiv sim simeq cong propto mid in subset subseteq to mapsto perp parallel ll gg Rightarrow Leftrightarrow',
  { type: 'atom', family: 'rel' },
);

const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t';

/**
 * KaTeX's reading of such a formula (its Parser's parseExpression, parseAtom, parseGroup and
 * parseSymbol, for these tokens only): a list of atoms, each a symbol or a braced group with
 * at most one superscript and one subscript, each script a symbol or a braced group.
 * Anything it does not know ends the reading with null.
 */
class SimpleReader {
  private at = 0;

  constructor(private readonly tex: string) {}

  atEnd(): boolean {
    return this.at === this.tex.length;
  }

  /** Atoms up to the end or a `}` (left for the caller); null when one cannot be read. */
  expression(): TexNode[] | null {
    const body: TexNode[] = [];
    for (;;) {
      this.skipSpaces();
      if (this.atEnd() || this.tex[this.at] === '}') return body;
      const atom = this.atom();
      if (!atom) return null;
      body.push(atom);
    }
  }

  private atom(): TexNode | null {
    const base = this.group(false);
    if (!base || base.type === 'kern' || base.type === 'htmlmathml') return base;
    let sup: TexNode | undefined;
    let sub: TexNode | undefined;
    for (;;) {
      this.skipSpaces();
      const c = this.tex[this.at];
      if (c !== '^' && c !== '_') break;
      // A second superscript or subscript is KaTeX's error to report.
      if (c === '^' ? sup : sub) return null;
      this.at++;
      this.skipSpaces();
      const script = this.group(true);
      if (!script || script.type === 'kern' || script.type === 'htmlmathml') return null;
      if (c === '^') sup = script;
      else sub = script;
    }
    return sup || sub ? { type: 'supsub', mode: 'math', base, sup, sub } : base;
  }

  /**
   * A braced group or one symbol; null for anything else (a script sign, `}`, the end).
   * `asScript`: it is a script's argument.
   */
  private group(asScript: boolean): TexNode | null {
    const start = this.at;
    const c = this.tex[start];
    if (c === '{') {
      this.at++;
      const body = this.expression();
      if (!body || this.tex[this.at] !== '}') return null;
      this.at++;
      return {
        type: 'ordgroup',
        mode: 'math',
        loc: { start, end: this.at },
        body,
        semisimple: undefined,
      } as TexNode;
    }
    if (c === '\\') return this.command(asScript);
    if (c === undefined || c === '}' || c === '^' || c === '_') return null;
    this.at++;
    const loc = { start, end: this.at };
    if (isLetter(c)) return { type: 'mathord', mode: 'math', loc, text: c };
    if (c >= '0' && c <= '9') return { type: 'textord', mode: 'math', loc, text: c };
    const { type, family } = SIGN_NODES[c];
    return family
      ? { type, mode: 'math', family, loc, text: c }
      : { type, mode: 'math', loc, text: c };
  }

  /**
   * A known command: a symbol, a kern or `\\neq` (not as a script). A control word's token, as
   * KaTeX's lexer cuts it, takes the spaces after it; a control symbol's (`\\,`) does not.
   */
  private command(asScript: boolean): TexNode | null {
    const start = this.at;
    let end = start + 1;
    while (end < this.tex.length && isLetter(this.tex[end])) end++;
    if (end === start + 1) end = Math.min(start + 2, this.tex.length);
    const name = this.tex.slice(start, end);
    const kern = KERNS.get(name);
    const node = COMMANDS.get(name);
    if (!kern && !node && name !== '\\neq' && name !== '\\ne') return null;
    if (asScript && !node) return null;
    if (isLetter(name[1] ?? '')) while (end < this.tex.length && isSpace(this.tex[end])) end++;
    this.at = end;
    if (kern) return { type: 'kern', mode: 'math', dimension: { ...kern } } as TexNode;
    if (!node) return notEqualTree();
    const loc = { start, end };
    return node.family
      ? { type: node.type, mode: 'math', family: node.family, loc, text: name }
      : { type: node.type, mode: 'math', loc, text: name };
  }

  private skipSpaces(): void {
    while (this.at < this.tex.length && isSpace(this.tex[this.at])) this.at++;
  }
}
