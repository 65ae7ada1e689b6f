import type { DefinedContext } from './defined-symbols';
import { derivativeOf, derivedFrom } from './derivatives';
import { type Expr, freeSymbols, someNode, substitute, withArgs, withRange } from './expr';
import { type Bindings, judgeRelation } from './judge-relation';
import { packedMap } from './packed-map';
import type { RelationOp } from './relations';
import type { SampleVerdict } from './sample';
import type { StatedBounds } from './stated-bounds';

/** A function the text defined by a formula: "f(x) = 2x + c", "P(x) = x^4 + a x^2 + 6". */
export interface FunctionDefinition {
  params: string[];
  body: Expr;
}

/** The functions the text defined so far, by name (a later definition replaces an earlier one). */
export type FunctionDefinitions = Map<string, FunctionDefinition>;

/**
 * `f(x, y) = body` read as a definition of f: its arguments are distinct plain symbols and
 * the body does not apply f (that would be a functional equation, not a definition) nor
 * another unknown function (an equation linking two unknowns defines neither).
 */
export function definitionOf(
  lhs: Expr,
  rhs: Expr,
): { name: string; def: FunctionDefinition } | null {
  if (lhs.k !== 'app' || lhs.args.length === 0) return null;
  const params: string[] = [];
  for (const a of lhs.args) {
    if (a.k !== 'sym' || params.includes(a.name)) return null;
    params.push(a.name);
  }
  if (someNode(rhs, (n) => n.k === 'app')) return null;
  // A body in the parameters (and constants the text fixed): "f(x) = 0" for one x is a
  // value, not a definition, when the body does not use x.
  const used = freeSymbols(rhs);
  if (!params.some((p) => used.has(p))) return null;
  return { name: lhs.name, def: { params, body: rhs } };
}

/**
 * Puts each defined function's body in place of its applications (arguments first), and
 * says which definitions it used. An application of another arity is left as it is.
 */
export function expandDefinitions(e: Expr, defs: FunctionDefinitions, used: Set<string>): Expr {
  switch (e.k) {
    case 'num':
    case 'sym':
    case 'const':
      return e;
    case 'add':
    case 'mul':
      return { k: e.k, args: packedMap(e.args, (a) => expandDefinitions(a, defs, used)) };
    case 'fn':
      return withArgs(
        e,
        packedMap(e.args, (a) => expandDefinitions(a, defs, used)),
      );
    case 'app': {
      const args = packedMap(e.args, (a) => expandDefinitions(a, defs, used));
      const def = defs.get(e.name);
      if (!def) {
        // `f'(x)` after f was defined: the derivative of its formula.
        const derivative = derivativeOf(e.name, args, defs);
        if (derivative) used.add(derivative.used);
        return derivative?.e ?? withArgs(e, args);
      }
      if (def.params.length !== args.length) return withArgs(e, args);
      used.add(e.name);
      return substitute(def.body, new Map(def.params.map((p, i) => [p, args[i]])));
    }
    case 'neg':
      return { k: 'neg', a: expandDefinitions(e.a, defs, used) };
    case 'div':
    case 'pow':
      return {
        k: e.k,
        a: expandDefinitions(e.a, defs, used),
        b: expandDefinitions(e.b, defs, used),
      };
    case 'root':
      return {
        k: 'root',
        a: expandDefinitions(e.a, defs, used),
        n: expandDefinitions(e.n, defs, used),
      };
    case 'big':
      return withRange(
        e,
        expandDefinitions(e.lo, defs, used),
        expandDefinitions(e.hi, defs, used),
        expandDefinitions(e.body, defs, used),
      );
  }
}

/**
 * Judges a relation, with the functions the text defined earlier put in when that settles
 * it ("f(x) = 2x + c" … "f(2x) + 2f(y) = (2\\cdot 2x + c) + 2(2y + c)"): what the expanded
 * relation cannot settle is judged as written, so its skip reason is about the text's f.
 */
export function judgeWithDefinitions(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  chained: boolean,
  functions: FunctionDefinitions,
  bindings: Bindings,
  text: string,
  bounds: StatedBounds,
  defined?: DefinedContext,
): SampleVerdict & { given?: string } {
  const expanded = withDefinitions(lhs, rhs, functions);
  if (expanded.used.length > 0) {
    const v = judgeRelation(
      expanded.lhs,
      expanded.rhs,
      op,
      chained,
      bindings,
      text,
      bounds,
      defined,
    );
    if (v.verdict !== 'skipped')
      return { ...v, given: [...expanded.used, v.given].filter(Boolean).join(', ') };
  }
  return judgeRelation(lhs, rhs, op, chained, bindings, text, bounds, defined);
}

/**
 * Both sides with the functions the text defined earlier put in ("f(x) = 2x + c" … "f(2x) +
 * 2f(y) = …"), and the names used; a (re)definition itself is left as written.
 */
export function withDefinitions(
  lhs: Expr,
  rhs: Expr,
  functions: FunctionDefinitions,
): { lhs: Expr; rhs: Expr; used: string[] } {
  if (functions.size === 0) return { lhs, rhs, used: [] };
  // A (re)definition is left as written; `f'(x) = …` after f's is a claim about f.
  const defining = definitionOf(lhs, rhs);
  if (defining && derivedFrom(defining.name, functions) === null) return { lhs, rhs, used: [] };
  const used = new Set<string>();
  const l = expandDefinitions(lhs, functions, used);
  const r = expandDefinitions(rhs, functions, used);
  return used.size === 0 ? { lhs, rhs, used: [] } : { lhs: l, rhs: r, used: [...used] };
}
