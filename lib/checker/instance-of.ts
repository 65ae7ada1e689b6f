import { applicationArguments, functionNames } from './applications';
import { evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols, num, usesUnknownFunction } from './expr';
import { jsonEqual } from './json-equal';
import { hashString, mulberry32 } from './prng';
import { RELATIVE_TOLERANCE } from './sample';
import { showExpr } from './show-expr';

/**
 * An equation about a function the text never defines — the problem's functional equation,
 * or one the text derived from it — that later lines may specialise ("put y = 0").
 */
export interface FunctionalEquation {
  lhs: Expr;
  rhs: Expr;
  line: number;
  /** Its free symbols: what a specialisation puts values in for. */
  vars: readonly string[];
  /** The unknown functions it applies. */
  functions: ReadonlySet<string>;
}

/** "x", "t", "\\alpha": a letter that can stand for any value (not "a_{n}", not "AB"). */
const isPlainLetter = (name: string) => /^([a-zA-Z]|\\[a-z]+)$/.test(name);

const CUE = String.raw`(for (all|every|each|any|arbitrary)\b|\\forall(?![a-zA-Z]))`;
/** "(\forall x, y)", "\text{for all } x" inside the formula. */
const CUE_INSIDE = new RegExp(CUE, 'i');
/** "… \) for every \(x\)": the words right after the formula (and its closing delimiter). */
const CUE_AFTER = new RegExp(String.raw`^(\\\)|\\\]|\$\$?)?\s*[,;]?\s*${CUE}`, 'i');
/** "For all \(x, y\): …": the words before it, in the same sentence. */
const CUE_BEFORE = new RegExp(`${CUE}[^.!?;]*$`, 'i');

/**
 * Whether the text says the equation in `tex` holds for every value of its letters: a
 * quantifier in it, right after it, or earlier in its sentence.
 */
export function statedForEveryValue(tex: string, before: string, after: string): boolean {
  return CUE_INSIDE.test(tex) || CUE_AFTER.test(after) || CUE_BEFORE.test(before);
}

/** Equations about unknown functions kept for later lines: the most recent ones. */
const POOL = 8;
/** Equations in more symbols than this are not specialised (the choices multiply). */
const MAX_VARS = 3;
/** Values tried for each symbol of an equation. */
const MAX_CANDIDATES = 9;
const SAMPLES = 6;

/** The functional equations seen so far, in order, as `instanceOf` wants them. */
export class FunctionalEquations {
  private readonly list: FunctionalEquation[] = [];

  /**
   * Keeps `lhs = rhs` as holding for every value of `vars`, when it is about an unknown
   * function and those are plain letters: "a_{n+1} = f(a_n)" names two linked terms of a
   * sequence, which cannot be given values one by one. Its other symbols are constants.
   */
  add(lhs: Expr, rhs: Expr, line: number, vars: readonly string[]): void {
    // "v = v_2(n)", "b = a + f(a)": a letter named, not an equation for every value.
    if (!usesUnknownFunction(lhs, rhs) || lhs.k === 'sym' || rhs.k === 'sym') return;
    if (vars.length === 0 || vars.length > MAX_VARS || !vars.every(isPlainLetter)) return;
    const functions = functionNames(lhs, functionNames(rhs, new Set()));
    this.list.push({ lhs, rhs, line, vars: [...vars].sort(), functions });
    if (this.list.length > POOL) this.list.shift();
  }

  /** Newest first: a step usually specialises what was just derived. */
  recent(): readonly FunctionalEquation[] {
    return [...this.list].reverse();
  }

  /** Those about every function in `names` (all of them when it is empty), newest first. */
  about(names: ReadonlySet<string>): FunctionalEquation[] {
    return this.recent().filter((eq) => [...names].every((n) => eq.functions.has(n)));
  }
}

/** The specialisation found: which equation, and what was put in for its symbols. */
export interface Instance {
  equation: FunctionalEquation;
  values: ReadonlyMap<string, Expr>;
}

const minus = (l: Expr, r: Expr): Expr => ({ k: 'add', args: [l, { k: 'neg', a: r }] });

/**
 * The letters of an equation stated "for all …" that it holds for every value of: those
 * in the arguments of its unknown functions ("f(x + y) = f(x) + c": x and y, not the
 * constant c).
 */
export function argumentLetters(lhs: Expr, rhs: Expr): string[] {
  const letters = new Set<string>();
  for (const a of [...applicationArguments(lhs, []), ...applicationArguments(rhs, [])])
    for (const s of freeSymbols(a)) if (isPlainLetter(s)) letters.add(s);
  return [...letters];
}

/**
 * The letters a specialisation holds for every value of: those of the values put in for
 * the equation's own such letters ("put y = t": t).
 */
export function instanceLetters(instance: Instance): string[] {
  const letters = new Set<string>();
  for (const v of instance.equation.vars) {
    const put = instance.values.get(v);
    if (put) for (const s of freeSymbols(put)) if (isPlainLetter(s)) letters.add(s);
  }
  return [...letters];
}

/** What a step may have put in for a symbol: its own symbols, 0, ±1, its functions' arguments and stated values. */
function candidates(lhs: Expr, rhs: Expr, stated: readonly Expr[]): Expr[] {
  const symbols = [...new Set([...freeSymbols(lhs), ...freeSymbols(rhs)])]
    .sort()
    .map((name): Expr => ({ k: 'sym', name }));
  const all = [
    ...symbols,
    num(0n),
    ...stated,
    num(1n),
    num(-1n),
    ...applicationArguments(lhs, []),
    ...applicationArguments(rhs, []),
  ];
  const out: Expr[] = [];
  for (const e of all) {
    // Duplicates are those equal as written (JSON), compared without serialising each.
    if (out.some((o) => jsonEqual(o, e))) continue;
    out.push(e);
    if (out.length === MAX_CANDIDATES) break;
  }
  return out;
}

/**
 * Whether the claim `lhs = rhs` is an equation the text stated about an unknown function
 * with values put in for its symbols, up to moving terms across and scaling: its difference
 * is a constant non-zero multiple of the specialised equation's. Sampled with a new
 * arbitrary function in place of each unknown one at every point, so it holds whatever the
 * function is: then the claim follows from that equation. Null when no specialisation fits
 * (the step may also use other facts: it is not called false).
 */
export function instanceOf(
  lhs: Expr,
  rhs: Expr,
  equations: FunctionalEquations,
  stated: readonly Expr[],
  seedText: string,
): Instance | null {
  if (!usesUnknownFunction(lhs, rhs)) return null;
  const names = functionNames(lhs, functionNames(rhs, new Set()));
  // Only an equation about every function the claim applies can give it. Most claims (7 in
  // 10 on the corpus) have none: nothing below is computed for them.
  const usable = equations.about(names);
  if (usable.length === 0) return null;
  const symbols = [...new Set([...freeSymbols(lhs), ...freeSymbols(rhs)])].sort();
  const random = mulberry32(hashString(`instance|${seedText}`));
  const points = Array.from({ length: SAMPLES }, (_, i) => ({
    at: new Map(symbols.map((s) => [s, (random() - 0.5) * 10])),
    salt: 1 + i,
  }));
  // Numbers at each point are kept in typed arrays: a plain array of them changes kind
  // (small integers, doubles) from claim to claim, and each change deoptimised this code.
  const gap = minus(lhs, rhs);
  const claim = Float64Array.from(points, (p) => evaluateFloat(gap, p.at, false, p.salt));
  if (claim.filter(Number.isFinite).length < SAMPLES / 2) return null;
  // An identity in the function needs no equation (and would match any).
  if (claim.every((v) => !Number.isFinite(v) || Math.abs(v) < 1e-12)) return null;
  const values = candidates(lhs, rhs, stated);
  // A value put in is evaluated once per point; an equation is then evaluated at those
  // numbers, which is what evaluating it with the expressions put in would give.
  const valueAt = values.map((v) =>
    Float64Array.from(points, (p) => evaluateFloat(v, p.at, false, p.salt)),
  );
  for (const equation of usable) {
    const difference = minus(equation.lhs, equation.rhs);
    const vars = equation.vars;
    const pick = new Int32Array(vars.length);
    // The claim's values at each point, for the equation's constants ("d" in f(x) = d - x).
    const ats = points.map((p) => new Map(p.at));
    const specialisedAt = (p: number) => {
      for (let i = 0; i < vars.length; i++) ats[p].set(vars[i], valueAt[pick[i]][p]);
      return evaluateFloat(difference, ats[p], false, points[p].salt);
    };
    for (;;) {
      if (proportional(claim, specialisedAt))
        return { equation, values: new Map(vars.map((v, i) => [v, values[pick[i]]])) };
      let i = 0;
      while (i < vars.length && ++pick[i] === values.length) pick[i++] = 0;
      if (i === vars.length) break;
    }
  }
  return null;
}

/** Whether `specialisedAt`'s values are a constant non-zero multiple of `target`'s at every usable point. */
function proportional(target: Float64Array, specialisedAt: (point: number) => number): boolean {
  let ratio: number | null = null;
  let used = 0;
  for (let i = 0; i < target.length; i++) {
    const t = target[i];
    if (!Number.isFinite(t)) continue;
    const v = specialisedAt(i);
    if (!Number.isFinite(v)) continue;
    const scale = Math.max(1, Math.abs(t), Math.abs(v));
    if (Math.abs(v) <= RELATIVE_TOLERANCE * scale) {
      if (Math.abs(t) > RELATIVE_TOLERANCE * scale) return false;
      continue;
    }
    const k = t / v;
    if (ratio === null) ratio = k;
    else if (Math.abs(k - ratio) > 1e-7 * Math.max(1, Math.abs(ratio))) return false;
    used++;
  }
  return ratio !== null && ratio !== 0 && used >= SAMPLES / 2;
}

/** "line 4 with y = 0": the equation and the values put in, for the relation's basis. */
export function describeInstance(instance: Instance): string {
  const put = [...instance.values]
    .filter(([v, e]) => !(e.k === 'sym' && e.name === v))
    .map(([v, e]) => `${v} = ${showExpr(e)}`)
    .join(', ');
  return put ? `line ${instance.equation.line} with ${put}` : `line ${instance.equation.line}`;
}
