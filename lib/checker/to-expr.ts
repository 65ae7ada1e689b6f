import { arithmeticSeries, geometricSeries } from './arithmetic-series';
import { type Expr, type FunctionName, num, someNode, Unreadable } from './expr';
import { boundNodes, boundOf, differentialOf, isIntegralSign } from './integral-nodes';
import { bodyOf, type TexNode } from './katex-tree';
import { packedMap } from './packed-map';

/** Letters that name functions far more often than numbers: `f(x)` is not `f·x`. */
const FUNCTION_LETTERS = new Set([
  'f',
  'g',
  'h',
  'F',
  'G',
  'H',
  'P',
  'Q',
  'R',
  'T',
  'S',
  'd',
  'o',
  'O',
  '\\varphi',
  '\\phi',
  '\\sigma',
  '\\tau',
  '\\omega',
  '\\Omega',
  '\\nu',
  '\\mu',
  '\\psi',
  '\\Phi',
]);

const OPERATOR_FUNCTIONS: Readonly<Record<string, FunctionName>> = {
  '\\sin': 'sin',
  '\\cos': 'cos',
  '\\tan': 'tan',
  '\\cot': 'cot',
  '\\sec': 'sec',
  '\\csc': 'csc',
  '\\arcsin': 'arcsin',
  '\\arccos': 'arccos',
  '\\arctan': 'arctan',
  '\\ln': 'ln',
  '\\exp': 'exp',
  '\\log': 'log',
  '\\max': 'max',
  '\\min': 'min',
  '\\gcd': 'gcd',
  gcd: 'gcd',
  lcm: 'lcm',
};

/** Capital Greek letters, which KaTeX sets upright: names like any other letter (`\Delta`). */
const UPRIGHT_GREEK = /^\\(Gamma|Delta|Theta|Lambda|Xi|Sigma|Upsilon|Phi|Psi|Omega)$/;

const TRIG_POWERS = new Set(['\\sin', '\\cos', '\\tan', '\\cot', '\\sec', '\\csc']);

const GROUP_CLOSER: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '\\lfloor': '\\rfloor',
  '\\lceil': '\\rceil',
  '\\{': '\\}',
  '\\lbrace': '\\rbrace',
  '\\langle': '\\rangle',
};

/** A digit or a decimal point, as KaTeX reads one character of a number. */
function isDigit(n: TexNode): boolean {
  const t = n.text;
  return (
    n.type === 'textord' &&
    t !== undefined &&
    t.length === 1 &&
    ((t >= '0' && t <= '9') || t === '.')
  );
}
/**
 * The sign of a binary operator (`+`, `-`, `\\cdot` …), or '' for any other node. Sides are
 * read node by node, and each node is asked for its sign several times: one read, no list.
 */
const binOf = (n: TexNode | undefined): string =>
  n !== undefined && n.type === 'atom' && n.family === 'bin' ? (n.text ?? '') : '';
const isPlusOrMinus = (sign: string) => sign === '+' || sign === '-';
const isPlusMinusSign = (sign: string) => sign === '\\pm' || sign === '\\mp';
const BARS = new Set(['|', '\\vert', '\\lvert', '\\rvert', '\\mid']);
const isBar = (n: TexNode | undefined) => !!n && BARS.has(n.text ?? '') && n.family !== 'rel';
const isDots = (n: TexNode | undefined) =>
  !!n && n.type === 'atom' && n.family === 'inner' && DOTS.has(n.text ?? '');
const DOTS = new Set(['\\@cdots', '\\ldots', '\\cdots', '\\dots']);

/** A command as the text wrote it: KaTeX names the `\\cdots` its `\\dots` expands to `\\@cdots`. */
const written = (text: string | undefined) => (text === '\\@cdots' ? '\\cdots' : (text ?? ''));

/**
 * Why a symbol is not read, in words a person skimming "why skipped" follows: an ellipsis in
 * a chain (`a_1 < \\dots < a_n`), or a symbol with no value (`\\infty` outside bounds, `\\#`).
 */
const unreadSymbol = (n: TexNode) =>
  DOTS.has(n.text ?? '') ? `an ellipsis (“${written(n.text)}”)` : `the symbol “${written(n.text)}”`;
const isIgnorable = (n: TexNode) =>
  n.type === 'kern' || n.type === 'spacing' || n.type === 'mathchoice' || n.type === 'tag';
const isFullStop = (n: TexNode) => n.type === 'textord' && n.text === '.';

/** Plain text of nodes, for names like `a_{n+1}`. */
export function serialize(nodes: readonly TexNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.text) out += n.text;
    else if (n.type === 'supsub') {
      if (n.base) out += serialize([n.base]);
      if (n.sub) out += `_{${serialize([n.sub])}}`;
      if (n.sup) out += `^{${serialize([n.sup])}}`;
    } else if (n.type === 'accent') out += `${n.label}{${serialize(n.base ? [n.base] : [])}}`;
    else out += serialize(bodyOf(n).flat() as TexNode[]);
  }
  return out;
}

/** `toExpr`, or null where the nodes cannot be read as an expression (any other error is thrown). */
export function toExprOrNull(nodes: readonly TexNode[]): Expr | null {
  try {
    return toExpr(nodes);
  } catch (err) {
    if (err instanceof Unreadable) return null;
    throw err;
  }
}

/** Reads one side of a relation (a list of KaTeX nodes) as an expression, or throws Unreadable. */
export function toExpr(nodes: readonly TexNode[]): Expr {
  // A sentence's full stop written inside the formula ("… = b^2.") is not a decimal point:
  // the nodes read end before the last that is neither ignorable nor a full stop.
  let end = nodes.length;
  while (end > 0 && (isIgnorable(nodes[end - 1]) || isFullStop(nodes[end - 1]))) end--;
  const read: TexNode[] = [];
  for (let i = 0; i < end; i++) if (!isIgnorable(nodes[i])) pushDetached(nodes[i], read);
  const parser = new SideParser(read);
  const e = parser.parseSum();
  if (!parser.done())
    throw new Unreadable(`cannot read “${serialize([parser.peek() as TexNode])}”`);
  return e;
}

/**
 * `(x+y)^2`: KaTeX puts the exponent on the closing parenthesis alone. Detach it into a
 * `postscript` node that applies to the whole bracketed group read before it.
 */
function pushDetached(node: TexNode, out: TexNode[]): void {
  const n = sizedDelimiter(node);
  if (n.type !== 'supsub' || !n.base) {
    out.push(n);
    return;
  }
  const sized = sizedDelimiter(n.base);
  const closes = (sized.type === 'atom' && sized.family === 'close') || isBar(sized);
  if (!closes || sized.text === '!') out.push(n);
  else out.push(sized, { type: 'postscript', sup: n.sup, sub: n.sub });
}

const CLOSERS = new Set(Object.values(GROUP_CLOSER));
/** Nodes that never start a factor: prose, classes, `\\ne`'s two parts, row breaks. */
const NOT_OPERANDS = new Set(['text', 'mclass', 'htmlmathml', 'cr']);

/** `\bigl(`, `\Bigr)` and `\Big/` are KaTeX "delimsizing" nodes: read them as plain ones. */
function sizedDelimiter(n: TexNode): TexNode {
  if (n.type !== 'delimsizing') return n;
  const delim = (n as unknown as { delim: string }).delim;
  if (delim in GROUP_CLOSER) return { type: 'atom', family: 'open', text: delim };
  if (CLOSERS.has(delim)) return { type: 'atom', family: 'close', text: delim };
  if (delim === '|' || delim === '\\vert' || delim === '\\lvert' || delim === '\\rvert')
    return { type: 'textord', text: '|' };
  // `a \Big/ \Bigl(…\Bigr)`: a division, the slash sized to what it divides.
  if (delim === '/') return { type: 'textord', text: '/' };
  return n;
}

class SideParser {
  private i = 0;
  constructor(private readonly ns: TexNode[]) {}

  done() {
    return this.i >= this.ns.length;
  }
  peek(offset = 0): TexNode | undefined {
    return this.ns[this.i + offset];
  }

  parseSum(): Expr {
    if (this.done()) throw new Unreadable('an empty side');
    const terms: Expr[] = [];
    let negative = false;
    for (;;) {
      const sign = binOf(this.peek());
      if (isPlusMinusSign(sign)) throw new Unreadable('±');
      if (sign === '-') {
        this.i++;
        negative = !negative;
        continue;
      }
      if (sign === '+') {
        this.i++;
        continue;
      }
      if (isDots(this.peek()) && !negative) {
        terms.splice(0, terms.length, this.seriesFrom(terms));
        if (isPlusOrMinus(binOf(this.peek()))) continue;
        break;
      }
      const t = this.parseTerm();
      terms.push(negative ? { k: 'neg', a: t } : t);
      negative = false;
      const next = binOf(this.peek());
      if (isPlusOrMinus(next)) continue;
      if (isPlusMinusSign(next)) throw new Unreadable('±');
      break;
    }
    return terms.length === 1 ? terms[0] : { k: 'add', args: terms };
  }

  /** `1 + 2 + \\cdots + n`: the dots and the last term, with the terms before them. */
  private seriesFrom(before: Expr[]): Expr {
    const dots = this.peek() as TexNode;
    this.i++;
    if (binOf(this.peek()) !== '+') throw new Unreadable(unreadSymbol(dots));
    this.i++;
    const last = this.parseTerm();
    const series = arithmeticSeries(before, last) ?? geometricSeries(before, last);
    if (!series)
      throw new Unreadable(
        `a series with “${written(dots.text)}” not read as arithmetic or geometric`,
      );
    return series;
  }

  private parseTerm(): Expr {
    let factors: Expr[] = [this.parseUnary()];
    for (;;) {
      const next = this.peek();
      if (!next) break;
      const op = binOf(next);
      if (op === '\\cdot' || op === '\\times' || op === '\\ast') {
        this.i++;
        factors.push(this.parseUnary());
      } else if (op === '\\div' || (next.type === 'textord' && next.text === '/')) {
        this.i++;
        const divisor = this.parseUnary();
        const after = this.peek();
        if (after && this.startsOperand(after)) throw new Unreadable('an ambiguous “a/bc”');
        factors = [{ k: 'div', a: product(factors), b: divisor }];
      } else if (this.startsOperand(next)) {
        const last = factors[factors.length - 1];
        const prev = this.ns[this.i - 1];
        if (isPointName(prev) && isPointName(next))
          throw new Unreadable('a segment or angle named by its points');
        if (last.k === 'sym' && last.name.includes('_') && opensParen(next))
          factors[factors.length - 1] = this.application(last.name);
        else {
          const factor = this.parsePostfix();
          // "r(x)^2": the square of r(x) if r is a function, r·x² if r is a number; the two
          // readings differ, so neither is judged (unlike "r(x)", read r·x either way).
          const powered = this.ns[this.i - 1]?.type === 'postscript';
          if (
            last.k === 'sym' &&
            opensParen(next) &&
            powered &&
            factor.k === 'pow' &&
            factor.a.k === 'sym'
          )
            throw new Unreadable('a letter before a powered bracket');
          factors.push(factor);
        }
      } else break;
    }
    return product(factors);
  }

  private startsOperand(n: TexNode): boolean {
    if (n.type === 'postscript') return false;
    if (n.type === 'atom') return n.family === 'open' || (n.family === 'ord' && !isBar(n));
    if (n.type === 'textord') return n.text !== '/' && n.text !== '!';
    return !NOT_OPERANDS.has(n.type);
  }

  private parseUnary(): Expr {
    const sign = binOf(this.peek());
    if (sign === '-') {
      this.i++;
      return { k: 'neg', a: this.parseUnary() };
    }
    if (sign === '+') {
      this.i++;
      return this.parseUnary();
    }
    return this.parsePostfix();
  }

  private parsePostfix(): Expr {
    let e = this.parsePrimary();
    for (;;) {
      const next = this.peek();
      if (next?.text === '!') {
        this.i++;
        if (this.peek()?.text === '!') throw new Unreadable('a double factorial');
        e = { k: 'fn', name: 'fact', args: [e] };
      } else if (next?.type === 'postscript') {
        this.i++;
        if (next.sub || !next.sup) throw new Unreadable('a subscript on brackets');
        e = { k: 'pow', a: e, b: toExpr([next.sup]) };
      } else return e;
    }
  }

  private parsePrimary(): Expr {
    const n = this.peek();
    if (!n) throw new Unreadable('a missing operand');
    if (isDigit(n)) return this.parseNumber();
    this.i++;
    if (isIntegralSign(n)) return this.parseIntegral(n);
    switch (n.type) {
      case 'mathord':
        return this.symbolOrCall(n.text ?? '');
      case 'textord':
        if (isBar(n)) return this.parseBars();
        if (UPRIGHT_GREEK.test(n.text ?? '')) return this.symbolOrCall(n.text ?? '');
        throw new Unreadable(unreadSymbol(n));
      case 'atom':
        if (n.family === 'open') return this.parseBracketed(n.text ?? '');
        if (isBar(n)) return this.parseBars();
        throw new Unreadable(unreadSymbol(n));
      case 'ordgroup':
      case 'styling':
      case 'sizing':
      case 'color':
      case 'enclose':
        return toExpr(bodyOf(n));
      case 'font':
        return this.parseFont(n);
      case 'supsub': {
        const next = this.peek();
        const named = n.base?.type === 'mathord' && FUNCTION_LETTERS.has(n.base.text ?? '');
        if (named && next && opensParen(next)) return this.application(serialize([n]));
        return this.parseSupSub(n);
      }
      case 'genfrac':
        return this.parseFrac(n);
      case 'sqrt': {
        const body = toExpr(n.body ? [n.body as TexNode] : []);
        return { k: 'root', a: body, n: n.index ? toExpr([n.index]) : num(2n) };
      }
      case 'leftright':
        return this.delimited(n.left ?? '', n.right ?? '', bodyOf(n));
      case 'op':
        return this.parseOperator(n, null);
      case 'operatorname':
        return this.call(serialize(bodyOf(n)), null);
      case 'accent':
        return { k: 'sym', name: serialize([n]) };
      default:
        if (n.type === 'delimsizing') throw new Unreadable('a sized delimiter (\\big…) on its own');
        throw new Unreadable(`cannot read “${serialize([n]) || n.type}”`);
    }
  }

  private parseNumber(): Expr {
    let digits = '';
    let node = this.peek();
    while (node && isDigit(node)) {
      digits += node.text;
      this.i++;
      node = this.peek();
    }
    // `12^2`: KaTeX attaches the exponent to the last digit only.
    if (node?.type === 'supsub' && node.base && isDigit(node.base) && !node.sub) {
      this.i++;
      const base = literal(digits + node.base.text);
      return { k: 'pow', a: base, b: toExpr([node.sup as TexNode]) };
    }
    return literal(digits);
  }

  private symbolOrCall(name: string): Expr {
    if (name === '\\pi') return { k: 'const', name: 'pi' };
    const next = this.peek();
    if (next && opensParen(next) && FUNCTION_LETTERS.has(name)) {
      if (name === 'o' || name === 'O') throw new Unreadable('asymptotic notation');
      return this.application(name);
    }
    return { k: 'sym', name };
  }

  /** `f(x)`, `f\bigl(f(x)\bigr)`, `v_2(n)`, `g^{-1}(y)`: an unknown function applied. */
  private application(name: string): Expr {
    const next = this.peek() as TexNode;
    this.i++;
    const inner = next.type === 'leftright' ? bodyOf(next) : this.takeUntilClose('(', ')');
    return { k: 'app', name, args: packedMap(splitCommas(inner), (part) => toExpr(part)) };
  }

  private parseFont(n: TexNode): Expr {
    if (n.font && /^math(bb|cal|frak|scr)$/.test(n.font)) throw new Unreadable('a set');
    const inner = bodyOf(n).flatMap((b) => (b.type === 'ordgroup' ? bodyOf(b) : [b]));
    if (inner.length > 1 && inner.every((b) => b.type === 'mathord'))
      return this.call(serialize(inner), null);
    return toExpr(inner);
  }

  private parseSupSub(n: TexNode): Expr {
    const base = n.base;
    if (!base) throw new Unreadable('a script without base');
    if (base.type === 'op') {
      if (base.name === '\\sum' || base.name === '\\prod') return this.parseBig(base.name, n);
      if (base.name === '\\log' && n.sub && !n.sup) return this.parseOperator(base, n.sub);
      // `\sin^2 x` is (sin x)^2; `\sin^{-1}` is an inverse, not a power.
      const power = n.sup && !n.sub && TRIG_POWERS.has(base.name ?? '') ? toExpr([n.sup]) : null;
      if (power && power.k === 'num' && power.n > 0n && power.d === 1n)
        return { k: 'pow', a: this.parseOperator(base, null), b: power };
      throw new Unreadable(`the operator “${base.name ?? '?'}” with a script`);
    }
    const sup = n.sup ? (bodyOf(n.sup).length ? bodyOf(n.sup) : [n.sup]) : null;
    const primes = sup?.every((s) => s.text === '\\prime') ?? false;
    let e: Expr;
    if (n.sub || primes) {
      // `\\Delta_{12}`, `\\Sigma_A`: a capital Greek letter (upright, a textord) names like any other.
      const greek = base.type === 'textord' && UPRIGHT_GREEK.test(base.text ?? '');
      // `\\vec u_x`: a vector's coordinate, named like any other symbol.
      if (base.type !== 'mathord' && base.type !== 'accent' && !greek)
        throw new Unreadable('a subscript');
      e = { k: 'sym', name: serialize([{ ...n, sup: primes ? n.sup : null }]) };
      if (primes) return e;
    } else e = new SideParser([base]).parseAlone();
    if (!n.sup) return e;
    if (n.sup.type === 'textord' && n.sup.text === '\\circ') throw new Unreadable('degrees');
    return { k: 'pow', a: e, b: toExpr([n.sup]) };
  }

  /** One node on its own (the base of a power). */
  parseAlone(): Expr {
    const e = this.parsePrimary();
    if (!this.done()) throw new Unreadable('a complex base');
    return e;
  }

  private parseBig(name: string, n: TexNode): Expr {
    const sub = n.sub ? bodyOf(n.sub) : [];
    const eq = sub.findIndex((s) => s.type === 'atom' && s.family === 'rel' && s.text === '=');
    if (eq !== 1 || sub[0].type !== 'mathord' || !n.sup)
      throw new Unreadable('a sum or product over a set');
    const v = sub[0].text ?? '';
    const lo = toExpr(sub.slice(2));
    const hi = toExpr([n.sup]);
    const body = this.parseTerm();
    const indexed = new RegExp(`_\\{[^}]*${v.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}`);
    if (someNode(body, (x) => x.k === 'sym' && indexed.test(x.name)))
      throw new Unreadable('a sum over a sequence');
    return { k: 'big', op: name === '\\sum' ? 'sum' : 'prod', v, lo, hi, body };
  }

  /** `\\int_{a}^{b} body\\,dx`: the integrand runs to its differential. */
  private parseIntegral(sign: TexNode): Expr {
    const { named, lo, hi } = boundNodes(sign);
    const d = differentialOf(this.ns, this.i);
    if (!d || (named !== null && named !== d.v))
      throw new Unreadable('an integral without its differential after it (dx)');
    const body = d.at === this.i ? num(1n) : toExpr(this.ns.slice(this.i, d.at));
    this.i = d.at + 2;
    return { k: 'big', op: 'int', v: d.v, lo: boundOf(lo, toExpr), hi: boundOf(hi, toExpr), body };
  }

  private parseOperator(op: TexNode, base: TexNode | null): Expr {
    const name = op.name ?? '';
    const fn = OPERATOR_FUNCTIONS[name];
    if (!fn && (name === '\\sum' || name === '\\prod'))
      throw new Unreadable(`“${name}” without its bounds`);
    if (!fn) throw new Unreadable(`the operator “${name}”`);
    if (base) {
      const b = toExpr([base]);
      const arg = this.argument(fn);
      return {
        k: 'div',
        a: { k: 'fn', name: 'ln', args: arg },
        b: { k: 'fn', name: 'ln', args: [b] },
      };
    }
    return { k: 'fn', name: fn, args: this.argument(fn) };
  }

  private call(name: string, _base: TexNode | null): Expr {
    const fn = OPERATOR_FUNCTIONS[name];
    if (!fn) throw new Unreadable(`unknown function ${name}`);
    return { k: 'fn', name: fn, args: this.argument(fn) };
  }

  /** `\sin x`, `\sin(2x)`, `\max(a, b)`: parenthesised arguments, or the next factor. */
  private argument(fn: FunctionName): Expr[] {
    const next = this.peek();
    if (!next) throw new Unreadable(`${fn} without argument`);
    let inner: TexNode[] | null = null;
    if (next.type === 'leftright' && next.left === '(') {
      this.i++;
      inner = bodyOf(next);
    } else if (next.type === 'atom' && next.family === 'open' && next.text === '(') {
      this.i++;
      inner = this.takeUntilClose('(', ')');
    }
    if (inner) return packedMap(splitCommas(inner), (part) => toExpr(part));
    if (fn === 'max' || fn === 'min' || fn === 'gcd' || fn === 'lcm')
      throw new Unreadable(`${fn} without parentheses`);
    return [this.parsePostfix()];
  }

  private parseBracketed(open: string): Expr {
    const close = GROUP_CLOSER[open];
    if (!close) throw new Unreadable(`“${open}”`);
    return this.delimited(open, close, this.takeUntilClose(open, close));
  }

  /** Nodes up to the matching closer (the opener is already consumed); consumes the closer. */
  private takeUntilClose(open: string, close: string): TexNode[] {
    let depth = 0;
    for (let j = this.i; j < this.ns.length; j++) {
      const n = this.ns[j];
      if (n.type !== 'atom') continue;
      if (n.family === 'open') depth++;
      else if (n.family === 'close' && n.text !== '!') {
        if (depth === 0) {
          if (n.text !== close) throw new Unreadable(`“${open}” closed by “${n.text}”`);
          const inner = this.ns.slice(this.i, j);
          this.i = j + 1;
          return inner;
        }
        depth--;
      }
    }
    throw new Unreadable(`an unclosed “${open}”`);
  }

  private parseBars(): Expr {
    const j = this.ns.findIndex((n, idx) => idx >= this.i && isBar(n));
    if (j < 0) throw new Unreadable('an unclosed “|”');
    const inner = this.ns.slice(this.i, j);
    this.i = j + 1;
    return { k: 'fn', name: 'abs', args: [toExpr(inner)] };
  }

  private delimited(left: string, right: string, inner: TexNode[]): Expr {
    if (hasTopLevelComma(inner)) throw new Unreadable('a tuple or interval');
    if ((left === '(' && right === ')') || (left === '[' && right === ']')) return toExpr(inner);
    if (isBar({ type: 'textord', text: left }) && isBar({ type: 'textord', text: right }))
      return { k: 'fn', name: 'abs', args: [toExpr(inner)] };
    if (left === '\\lfloor' && right === '\\rfloor')
      return { k: 'fn', name: 'floor', args: [toExpr(inner)] };
    if (left === '\\lceil' && right === '\\rceil')
      return { k: 'fn', name: 'ceil', args: [toExpr(inner)] };
    throw new Unreadable(`“${left}…${right}”`);
  }

  private parseFrac(n: TexNode): Expr {
    const a = toExpr(n.numer ? [n.numer] : []);
    const b = toExpr(n.denom ? [n.denom] : []);
    if (n.hasBarLine) return { k: 'div', a, b };
    if (n.leftDelim === '(' && n.rightDelim === ')')
      return { k: 'fn', name: 'binom', args: [a, b] };
    throw new Unreadable('a stacked expression');
  }
}

function opensParen(n: TexNode): boolean {
  return (
    (n.type === 'atom' && n.family === 'open' && n.text === '(') ||
    (n.type === 'leftright' && n.left === '(')
  );
}

/** A capital letter (or a capital with a subscript): in `AB` or `XY` these name points. */
function isPointName(n: TexNode | undefined): boolean {
  const base = n?.type === 'supsub' && n.sub ? n.base : n;
  return !!base && base.type === 'mathord' && /^[A-Z]$/.test(base.text ?? '');
}

function product(factors: Expr[]): Expr {
  return factors.length === 1 ? factors[0] : { k: 'mul', args: factors };
}

/** A written decimal as an exact fraction, remembering how many decimals were written. */
function literal(digits: string): Expr {
  // Most numbers written are whole: no split, no power of ten (the same number and fields).
  if (digits !== '' && !digits.includes('.')) return num(BigInt(digits), 1n, 0);
  const [whole, frac = ''] = digits.split('.');
  if (digits.split('.').length > 2 || (!whole && !frac))
    throw new Unreadable(`the number ${digits}`);
  return num(BigInt(`${whole || '0'}${frac}`), 10n ** BigInt(frac.length), frac.length);
}

const isOpener = (n: TexNode) => n.type === 'atom' && n.family === 'open';
const isCloser = (n: TexNode) => n.type === 'atom' && n.family === 'close' && n.text !== '!';
const isComma = (n: TexNode) => n.type === 'atom' && n.family === 'punct' && n.text === ',';

/** Whether `splitCommas` would split the list: a comma outside every bracket. */
function hasTopLevelComma(nodes: readonly TexNode[]): boolean {
  let depth = 0;
  for (const n of nodes) {
    if (isOpener(n)) depth++;
    if (isCloser(n)) depth--;
    if (depth === 0 && isComma(n)) return true;
  }
  return false;
}

/** Splits a node list at its top-level commas (brackets nest). */
export function splitCommas(nodes: readonly TexNode[]): TexNode[][] {
  const parts: TexNode[][] = [[]];
  let depth = 0;
  for (const n of nodes) {
    if (isOpener(n)) depth++;
    if (isCloser(n)) depth--;
    if (depth === 0 && isComma(n)) parts.push([]);
    else parts[parts.length - 1].push(n);
  }
  return parts;
}
