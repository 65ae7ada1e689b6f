import katex from 'katex';
import { katexOptions } from '../math/katex-options';
import type { TexNode } from './katex-tree';
import { SIGN_NODES } from './plain-tex';
import { FIXED_MACROS, KERNS, SYMBOLS } from './simple-tex-commands';
import { readDots } from './simple-tex-dots';
import { readBoxed, readPmod } from './simple-tex-expansions';
import { readFunction, readTag } from './simple-tex-functions';

/**
 * The tree KaTeX builds for a formula of plain characters, braces, scripts, primes, symbol
 * commands and spaces, the common functions simple-tex-functions.ts reads (`\frac`, `\sqrt`,
 * `\mathbb`, `\sum`, `\left(`…`\right)`, `\bigl(`, `\text`, `\vec`, a `\tag`), and a few
 * macros whose expansion is reproduced (`\neq`, `\dots`, `\pmod`, `\boxed`), built without
 * running KaTeX; null for anything else, which KaTeX then reads (and rejects, where it
 * would). KaTeX's parser was a quarter of a check, nearly all of it on formulas like these;
 * on the corpus, 98% of the formula parses that are not plain are now read here.
 * simple-tex.test.ts holds the claim: on random strings of this alphabet and on every
 * formula of the corpus, the tree is KaTeX's, and what is read here is what KaTeX accepts.
 */
export function simpleTree(tex: string, display: boolean): TexNode[] | null {
  if (!SIMPLE_TEX.test(tex)) return null;
  const reader = new SimpleReader(tex);
  const nodes = reader.expression(true);
  if (!nodes || !reader.atEnd()) return null;
  if (!reader.tag) return nodes;
  // KaTeX wraps a tagged formula once it is read, and refuses a tag outside display math.
  return display
    ? [{ type: 'tag', mode: 'text', body: nodes, tag: [reader.tag] } as TexNode]
    : null;
}

/** The alphabet: plain characters, braces, scripts, primes, and commands (checked below). */
const SIMPLE_TEX = /^[A-Za-z0-9 +\-=<>(),.;:|/![\]\n\t{}^_\\'*]*$/;

/** Characters with a node of their own class beyond the plain ones (`*` is a binary sign). */
const CHAR_NODES: Readonly<Record<string, { type: string; family?: string }>> = {
  ...SIGN_NODES,
  '*': { type: 'atom', family: 'bin' },
};

/**
 * Nodes that take no script: the first node of a macro's expansion (`\neq`, dots, `\pmod`),
 * which is read here only where no script follows, and kerns.
 */
const UNSCRIPTED = new WeakSet<TexNode>();

/**
 * `\neq`, `\notin`, `\implies` and the like (FIXED_MACROS): KaTeX expands each into nodes
 * (a "not" laid over `=`, a relation between two kerns) whose locations are offsets into the
 * macro's own text, so they are the same wherever the name is written. They are KaTeX's own,
 * read once per name; they take no script and are none. Trees are never changed once read,
 * so every use may share them.
 */
const fixedTrees = new Map<string, TexNode[]>();
const katexParse = (katex as unknown as { __parse: (t: string, o: object) => TexNode[] }).__parse;
const fixedTree = (name: string) => {
  let tree = fixedTrees.get(name);
  if (!tree) {
    tree = katexParse(name, katexOptions(false));
    for (const node of tree) UNSCRIPTED.add(node);
    fixedTrees.set(name, tree);
  }
  return tree;
};

const isLetter = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t';

const unscripted = (node: TexNode) =>
  node.type === 'kern' || node.type === 'htmlmathml' || UNSCRIPTED.has(node);

/**
 * KaTeX's reading of such a formula (its Parser's parseExpression, parseAtom, parseGroup and
 * parseSymbol, for these tokens only): a list of atoms, each a symbol, a braced group or a
 * function with its arguments, with at most one superscript (primes included) and one
 * subscript. Anything it does not know ends the reading with null.
 */
export class SimpleReader {
  at = 0;
  /** Where reading stops: the formula's end, or the `]` closing a `\sqrt` index. */
  end: number;
  /** The text of the formula's `\tag`, once read. */
  tag?: TexNode;
  /** Nodes that follow the atom just read in its list (a macro's expansion spreads). */
  private queued: TexNode[] = [];

  constructor(readonly tex: string) {
    this.end = tex.length;
  }

  atEnd(): boolean {
    return this.at === this.end;
  }

  /** The next character, or undefined at the end. */
  peek(): string | undefined {
    return this.at < this.end ? this.tex[this.at] : undefined;
  }

  /** Whether `\right` (not `\rightarrow`) comes next: KaTeX ends every expression there. */
  atRight(): boolean {
    return this.tex.startsWith('\\right', this.at) && !isLetter(this.tex[this.at + 6]);
  }

  /**
   * Atoms up to the end, a `}` or a `\right` (left for the caller); null when one cannot be
   * read. `top`: the formula's own list, where one `\tag{…}` may stand (kept in `tag`).
   */
  expression(top = false): TexNode[] | null {
    const body: TexNode[] = [];
    for (;;) {
      this.skipSpaces();
      if (this.atEnd() || this.peek() === '}' || this.atRight()) return body;
      if (
        top &&
        !this.tag &&
        this.tex.startsWith('\\tag', this.at) &&
        !isLetter(this.tex[this.at + 4])
      ) {
        const tag = readTag(this);
        if (!tag) return null;
        this.tag = tag;
        continue;
      }
      const atom = this.atom();
      if (!atom) return null;
      body.push(atom);
      if (this.queued.length) {
        body.push(...this.queued);
        this.queued = [];
      }
    }
  }

  private atom(): TexNode | null {
    const base = this.group(false);
    if (!base || unscripted(base)) return base;
    let sup: TexNode | undefined;
    let sub: TexNode | undefined;
    for (;;) {
      this.skipSpaces();
      const c = this.peek();
      if (c === "'") {
        // Primes are a superscript of `\prime`s, with a `^` right after them (no space)
        // joining it; a superscript before or after them is KaTeX's error.
        if (sup) return null;
        const primes: TexNode[] = [];
        while (this.peek() === "'") {
          primes.push({ type: 'textord', mode: 'math', text: '\\prime' });
          this.at++;
        }
        if (this.peek() === '^') {
          const script = this.script();
          if (!script) return null;
          primes.push(script);
        }
        sup = { type: 'ordgroup', mode: 'math', body: primes };
        continue;
      }
      if (c !== '^' && c !== '_') break;
      // A second superscript or subscript is KaTeX's error to report.
      if (c === '^' ? sup : sub) return null;
      const script = this.script();
      if (!script) return null;
      if (c === '^') sup = script;
      else sub = script;
    }
    return sup || sub ? { type: 'supsub', mode: 'math', base, sup, sub } : base;
  }

  /** The script after a `^` or `_`. */
  private script(): TexNode | null {
    this.at++;
    this.skipSpaces();
    const script = this.group(true);
    return script && !unscripted(script) ? script : null;
  }

  /**
   * A braced group, one symbol, or (not `restricted`) a function with its arguments; null
   * for anything else (a script sign, `}`, the end). `restricted`: it is a script, or a
   * function's argument read as one group (`\sqrt x`, `\left(`), where KaTeX refuses most
   * functions; only symbols and braced groups are read there.
   */
  group(restricted: boolean): TexNode | null {
    const start = this.at;
    const c = this.peek();
    if (c === '{') {
      const body = this.braced();
      if (!body) return null;
      return {
        type: 'ordgroup',
        mode: 'math',
        loc: { start, end: this.at },
        body,
        semisimple: undefined,
      } as TexNode;
    }
    if (c === '\\') return this.command(restricted);
    if (c === undefined || !(c in CHAR_NODES || isLetter(c) || (c >= '0' && c <= '9'))) return null;
    this.at++;
    const loc = { start, end: this.at };
    if (isLetter(c)) return { type: 'mathord', mode: 'math', loc, text: c };
    if (c >= '0' && c <= '9') return { type: 'textord', mode: 'math', loc, text: c };
    const { type, family } = CHAR_NODES[c];
    return family
      ? { type, mode: 'math', family, loc, text: c }
      : { type, mode: 'math', loc, text: c };
  }

  /** The atoms between a `{` here and its `}`, which are both read; null if it is not closed. */
  braced(): TexNode[] | null {
    this.at++;
    const body = this.expression();
    if (!body || this.peek() !== '}') return null;
    this.at++;
    return body;
  }

  /**
   * The name of the command here and where its token ends: a control word's token, as
   * KaTeX's lexer cuts it, takes the spaces after it; a control symbol's (`\\,`) does not.
   */
  commandToken(start = this.at): { name: string; end: number } {
    let end = start + 1;
    while (end < this.end && isLetter(this.tex[end])) end++;
    if (end === start + 1) end = Math.min(start + 2, this.end);
    const name = this.tex.slice(start, end);
    if (isLetter(name[1])) while (end < this.end && isSpace(this.tex[end])) end++;
    // A control space takes the blanks after it, and one line break among them.
    if (name === '\\ ') end = this.afterBlanks(this.afterBlanks(end, '\n'), '');
    return { name, end };
  }

  /** Past the spaces and tabs from `at`, and then past one `also` character if it is there. */
  private afterBlanks(at: number, also: string): number {
    let end = at;
    while (end < this.end && (this.tex[end] === ' ' || this.tex[end] === '\t')) end++;
    return also && this.tex[end] === also ? end + 1 : end;
  }

  /**
   * A known command: a symbol, or (not `restricted`) a kern, a macro reproduced here or a
   * function. A macro spreading into several nodes returns the first and queues the rest.
   */
  private command(restricted: boolean): TexNode | null {
    const start = this.at;
    const { name, end } = this.commandToken();
    const symbol = SYMBOLS.get(name);
    if (symbol) {
      this.at = end;
      const loc = { start, end };
      return symbol.family
        ? { type: symbol.type, mode: 'math', family: symbol.family, loc, text: name }
        : { type: symbol.type, mode: 'math', loc, text: name };
    }
    if (restricted) return null;
    const kern = KERNS.get(name);
    if (kern) {
      this.at = end;
      return { type: 'kern', mode: 'math', dimension: { ...kern } } as TexNode;
    }
    if (FIXED_MACROS.has(name)) {
      this.at = end;
      const [first, ...rest] = fixedTree(name);
      this.queued = rest;
      return first;
    }
    if (name === '\\dots' || name === '\\cdots') {
      const dots = readDots(this, name, end);
      if (!dots) return null;
      UNSCRIPTED.add(dots[0]);
      this.queued = dots.slice(1);
      return dots[0];
    }
    if (name === '\\pmod') {
      const nodes = readPmod(this, end);
      if (!nodes) return null;
      UNSCRIPTED.add(nodes[0]);
      this.queued = nodes.slice(1);
      return nodes[0];
    }
    if (name === '\\boxed') return readBoxed(this, end);
    return readFunction(this, name, end);
  }

  skipSpaces(): void {
    while (this.at < this.end && isSpace(this.tex[this.at])) this.at++;
  }
}
