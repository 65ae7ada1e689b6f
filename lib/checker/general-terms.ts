import {
  type Expr,
  freeSymbols,
  mapChildren,
  num,
  someNode,
  substitute,
  usesUnknownFunction,
} from './expr';
import { judgeClosed } from './judge-relation';
import { packedMap } from './packed-map';
import type { RelationOp } from './relations';
import { type SampleVerdict, sampleIdentity } from './sample';
import { showExpr } from './show-expr';

/**
 * The general terms of sequences the text states ("a_n = α·5^n + β(-4)^n for all n", "the
 * Catalan number C_n = \\binom{2n}{n}/(n+1)"), for the instances it then writes: "a_0 = α + β",
 * "C_{10} = 184756/11". Only a closed form is kept (its right side uses the index and no term
 * of the sequence itself: a recurrence needs more than putting a number in), only a fact, and
 * only until the text states another for the same sequence or the case it was stated in ends.
 * An instance that then holds holds, with the general term as its basis; one that does not
 * is left skipped (the sequence may be another one with the same letter).
 */

interface Term {
  /** The index's name ("n"); a function's parameters, comma-joined ("x"). */
  index: string;
  rhs: Expr;
  /** The least index the text states it for ("for n \\ge 1"), or null when none is stated. */
  from: number | null;
  line: number;
  text: string;
  inCase: boolean;
}

/** A term named with a one-letter index: `a_{n}` → ["a", "n"]. */
const GENERAL = /^(.+)_\{([a-zA-Z])\}$/;
/** A subscript a term may be taken at: a whole number, a letter, or a letter and a shift. */
const INDEX = /^(-?\d+)$|^(-?)([a-zA-Z])(?:([+-])(\d+))?$/;

/** The lower bound the text states for an index in or just after its formula ("(n\\ge1)"). */
function statedFrom(index: string, near: string): number | null {
  const bound = new RegExp(
    `(?:^|[^a-zA-Z\\\\])${index}\\s*(\\\\geq?|\\\\geqslant|≥|>|=)\\s*(-?\\d+)(\\s*,\\s*\\\\[lc]?dots|\\s*,\\s*-?\\d+)?`,
  );
  const m = bound.exec(near);
  // "(i = 1, \\dots, n)", "n = 0, 1, 2, …" state a range; "n = 0" alone is a value, no range.
  if (!m || (m[1] === '=' && !m[3])) return null;
  return Number(m[2]) + (m[1] === '>' ? 1 : 0);
}

/** A subscript as an expression, or null when it is not one of INDEX's shapes. */
function indexExpr(sub: string): Expr | null {
  const m = INDEX.exec(sub);
  if (!m) return null;
  if (m[1] !== undefined) {
    const v = BigInt(m[1]);
    return v < 0n ? { k: 'neg', a: num(-v) } : num(v);
  }
  let e: Expr = { k: 'sym', name: m[3] };
  if (m[4]) {
    const shift = num(BigInt(m[5]));
    e = { k: 'add', args: [e, m[4] === '-' ? { k: 'neg', a: shift } : shift] };
  }
  return m[2] ? { k: 'neg', a: e } : e;
}

/** A function's formula ("f(x) = 3x^2 + x - 1"), for its values ("f(-1) = 1"). */
interface FunctionTerm {
  params: string[];
  rhs: Expr;
  line: number;
  text: string;
  inCase: boolean;
}

/**
 * Letters that name a function's variable, not a value the text fixed ("f(q)" for a prime q):
 * x, y, z, … and the letters an index takes, n, m, k ("f(n) = \\binom{2n}{n}/(n+1)").
 */
const VARIABLE = /^([xyzuwtnmk]|\\varepsilon|\\epsilon)$/;
const LETTER = /^([a-zA-Z]|\\[a-zA-Z]+)$/;

/**
 * The parameters of `f(x)`, `g(x, y)`: distinct letters, or null. Unless the text says the
 * equation holds for every value ("for all m", "define"), only letters that name variables,
 * and a right side in them alone ("f(x) = 3x^2 + x - 1"): "f(q) = q^j" was about one prime q,
 * "f(a_0) = d - a_0" about one zero a_0, and "then f(x) = d - x" may be about one x.
 */
function paramsOf(e: Expr & { k: 'app' }, rhs: Expr, forEvery: boolean): string[] | null {
  if (e.args.length > 3) return null;
  const names = e.args.map((a) => (a.k === 'sym' ? a.name : ''));
  const ok = (n: string) => (forEvery ? LETTER : VARIABLE).test(n);
  if (!names.every(ok) || new Set(names).size !== names.length) return null;
  if (!forEvery) for (const s of freeSymbols(rhs)) if (!names.includes(s)) return null;
  return names;
}

/** A stated range for a parameter other than a lower bound ("x \\ne 0", "x < 1", "x \\in"). */
const restricted = (param: string, near: string) =>
  new RegExp(
    `(?:^|[^a-zA-Z\\\\])${param}\\s*(<|\\\\le|\\\\ne|\\\\neq|\\\\in|\\\\notin|>|\\\\ge)`,
  ).test(near);

export class GeneralTerms {
  private readonly terms = new Map<string, Term>();
  private readonly functions = new Map<string, FunctionTerm>();
  private inCase = false;

  /**
   * An equation the text states as a fact; kept when it is a sequence's general term. One the
   * checker confirmed (`held`: "b_j = 2j + 1" after "b_n = 2n + 1") keeps the term it follows
   * from, with the range stated for it.
   */
  record(
    lhs: Expr,
    rhs: Expr,
    line: number,
    text: string,
    near: string,
    held: boolean,
    forEvery: boolean,
  ): void {
    if (lhs.k === 'app') {
      const params = paramsOf(lhs, rhs, forEvery);
      if (params) this.recordFunction(lhs, params, rhs, line, text, near, held);
      return;
    }
    if (lhs.k !== 'sym') return;
    const m = GENERAL.exec(lhs.name);
    if (!m) return;
    const [, base, index] = m;
    if (held && this.terms.has(base)) return;
    const symbols = freeSymbols(rhs);
    const prefix = `${base}_{`;
    // "a_n = 3" (a coefficient) says nothing of a_0; "b_n = 3b_{n-1} + …" is a recurrence.
    if (!symbols.has(index) || [...symbols].some((s) => s.startsWith(prefix))) {
      this.terms.delete(base);
      return;
    }
    const from = statedFrom(index, near);
    this.terms.set(base, { index, rhs, from, line, text, inCase: this.inCase });
  }

  /**
   * "f(x) = 3x^2 + x - 1": a formula for f at every x, when its right side uses the parameters
   * and not f, and the text states no range for them (a formula "for x > 0" may not hold at
   * -1). Another equation about f(x) replaces it or (not a formula) removes it.
   */
  private recordFunction(
    lhs: Expr & { k: 'app' },
    params: string[],
    rhs: Expr,
    line: number,
    text: string,
    near: string,
    held: boolean,
  ): void {
    if (held && this.functions.has(lhs.name)) return;
    const symbols = freeSymbols(rhs);
    const formula =
      params.some((p) => symbols.has(p)) &&
      !someNode(rhs, (n) => n.k === 'app' && n.name === lhs.name) &&
      !params.some((p) => restricted(p, near));
    if (formula) this.functions.set(lhs.name, { params, rhs, line, text, inCase: this.inCase });
    else this.functions.delete(lhs.name);
  }

  /** A case opened or the cases closed: the terms stated inside the last case are dropped. */
  caseBoundary(opensCase: boolean): void {
    for (const [base, t] of this.terms) if (t.inCase) this.terms.delete(base);
    for (const [name, t] of this.functions) if (t.inCase) this.functions.delete(name);
    this.inCase = opensCase;
  }

  /** `e` with each value of a function with a formula put in; `used` collects the instances. */
  private withFunctions(e: Expr, used: Map<Term | FunctionTerm, string[]>): Expr {
    const walk = (x: Expr): Expr => {
      if (x.k !== 'app') return mapChildren(x, walk);
      const args = packedMap(x.args, walk);
      const t = this.functions.get(x.name);
      if (!t || t.params.length !== args.length) return { k: 'app', name: x.name, args };
      const own = args.every((a, i) => a.k === 'sym' && a.name === t.params[i]);
      if (!own)
        used.set(t, [
          ...(used.get(t) ?? []),
          t.params.map((p, i) => `${p} = ${showExpr(args[i])}`).join(', '),
        ]);
      return substitute(t.rhs, new Map(t.params.map((p, i) => [p, args[i]])));
    };
    return walk(e);
  }

  /**
   * `lhs op rhs` with each term of a sequence with a general term put in, when at least one is
   * an instance (its index is not the general term's own): holds when what is left is an
   * identity, or a true closed claim. Null otherwise.
   */
  judge(
    lhs: Expr,
    rhs: Expr,
    op: RelationOp,
    seedText: string,
  ): (SampleVerdict & { basis: string }) | null {
    if (this.terms.size === 0 && this.functions.size === 0) return null;
    const used = new Map<Term | FunctionTerm, string[]>();
    const viaFunctions = this.functions.size > 0 && usesUnknownFunction(lhs, rhs);
    const fl = viaFunctions ? this.withFunctions(lhs, used) : lhs;
    const fr = viaFunctions ? this.withFunctions(rhs, used) : rhs;
    const put = new Map<string, Expr>();
    for (const s of [...freeSymbols(fl), ...freeSymbols(fr)]) {
      const m = /^(.+)_\{(.+)\}$/.exec(s);
      const term = m && this.terms.get(m[1]);
      if (!m || !term) continue;
      const at = indexExpr(m[2]);
      if (!at) return null;
      if (m[2] === term.index) {
        put.set(s, term.rhs);
        continue;
      }
      // Stated "for n ≥ 1": a_0 is not its instance, nor is a_{k-1} (k's range is unknown); a
      // letter alone (a_j) is read as ranging where the index does.
      const numeric = /^-?\d+$/.test(m[2]);
      if (term.from !== null && (numeric ? Number(m[2]) < term.from : at.k !== 'sym')) return null;
      put.set(s, substitute(term.rhs, new Map([[term.index, at]])));
      used.set(term, [...(used.get(term) ?? []), `${term.index} = ${m[2]}`]);
    }
    if (used.size === 0) return null;
    const l = substitute(fl, put);
    const r = substitute(fr, put);
    const symbols = [...new Set([...freeSymbols(l), ...freeSymbols(r)])].sort();
    const open = symbols.length > 0 || usesUnknownFunction(l, r);
    // An open inequality may hold at every draw and fail where the text's symbols are.
    if (open && op !== '=') return null;
    const v = open ? sampleIdentity(l, r, op, symbols, seedText) : judgeClosed(l, r, op);
    if (v.verdict !== 'holds') return null;
    const basis = [...used]
      .map(([t, at]) => `${t.text} (line ${t.line}) at ${[...new Set(at)].join(', ')}`)
      .join('; ');
    return { verdict: 'holds', basis: `instance of ${basis}` };
  }
}
