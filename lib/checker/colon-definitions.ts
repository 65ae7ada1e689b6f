import { type Expr, Unreadable } from './expr';
import { parseTex } from './katex-tree';
import { toExpr } from './to-expr';

/** "S := …", "g(p) \\coloneqq …": a name, with arguments when it names a function. */
const DEFINITION =
  /([A-Za-z](?:_\{[^{}]*\}|_[A-Za-z0-9])?(?:\([^()]*\))?)\s*(?::=|\\coloneqq|\\coloneq)\s*/g;
/** Where a defining formula's right side ends: a wide space, a comma before more, a tag… */
const RIGHT_END =
  /\\q?quad|,\s*\\|;|\\tag|\\text|\\in(?![a-z])|\\;\(|=:|\\(le|ge|leq|geq)(?![a-z])|[<>=]|\.\s*$|,\s*$/;

const read = (tex: string): Expr | null => {
  try {
    return toExpr(parseTex(tex, false));
  } catch (err) {
    if (err instanceof Unreadable || err instanceof Error) return null;
    throw err;
  }
};

/**
 * The definitions a formula makes with `:=` or `\\coloneqq` ("S:=\\frac{c_1^{2}-2c_0c_2}
 * {c_0^{2}}", "g(p):=\\frac{p^{3}-2p}{9}"): each defined name and what it stands for. They
 * define; they claim nothing, so they are not relations to judge.
 */
export function colonDefinitions(tex: string): { lhs: Expr; rhs: Expr }[] {
  if (!tex.includes(':=') && !tex.includes('\\coloneq')) return [];
  const out: { lhs: Expr; rhs: Expr }[] = [];
  for (const m of tex.matchAll(DEFINITION)) {
    const from = (m.index ?? 0) + m[0].length;
    const rest = tex.slice(from);
    const end = rest.search(RIGHT_END);
    const lhs = read(m[1]);
    const rhs = read((end < 0 ? rest : rest.slice(0, end)).replace(/[\s.,]+$/, ''));
    if (lhs && rhs) out.push({ lhs, rhs });
  }
  return out;
}
