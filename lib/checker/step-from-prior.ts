import type { Expr } from './expr';
import { claimsConsequence, isPremise, judgeFromPrior, type PriorEquation } from './follows-from';
import type { ProofFormula } from './formulas';
import type { FormulaSpans } from './katex-tree';
import type { RelationOp, RelationShape } from './relations';
import type { SampleVerdict } from './sample';

/**
 * A relation judged against the one just before it, when the text says it follows ("so",
 * "i.e.", an arrow): the premise is carried from relation to relation by the relation check.
 */

/** Prose right after a relation that names what else it uses: "(since h^2 + k^2 = r^2)". */
const CITES_OTHER_FACT = /^[\s,.;:)]*\(?\s*(since|because|as|using|by|from|with|where)\b/i;

/** Relations a step can go from and to: equations and inequalities. */
const STEP_OPS: ReadonlySet<RelationOp> = new Set(['=', '<', '<=', '>', '>=']);

/** The relation just read, when it is one a next one may follow from. */
export interface Prior {
  equation: PriorEquation;
  /** Its formula's index, and where its right side ends in that formula. */
  formula: number;
  end: number;
  /** Its LaTeX, for a basis. */
  text?: string;
}

/** The relation just read as the premise a next step may go from, when it can be one. */
export function premiseOf(
  fi: number,
  shape: RelationShape,
  lhs: Expr,
  rhs: Expr,
  line: number,
  spans: FormulaSpans,
): Prior | null {
  // The cheap tests first: most relations are no premise, and need no span.
  if (!STEP_OPS.has(shape.op) || !isPremise(lhs, rhs)) return null;
  const end = spans.of(shape.rhs)?.end;
  if (end === undefined) return null;
  return { equation: { lhs, rhs, op: shape.op, line }, formula: fi, end };
}

/**
 * A relation the text says follows from the premise just before it (in the same formula
 * or the one before, with "so", "i.e.", an arrow… between), judged against that premise;
 * only as a root or a rearrangement of it when `rearrangedOnly` (or the text names another
 * fact it uses).
 */
export function stepFrom(
  prior: Prior,
  fi: number,
  f: ProofFormula,
  shape: RelationShape,
  lhs: Expr,
  rhs: Expr,
  seedText: string,
  spans: FormulaSpans,
  rearrangedOnly = false,
): SampleVerdict | null {
  const start = spans.of(shape.lhs)?.start;
  if (!STEP_OPS.has(shape.op) || shape.chained || start === undefined) return null;
  const between =
    prior.formula === fi ? f.tex.slice(prior.end, start) : prior.formula === fi - 1 ? f.before : '';
  if (!claimsConsequence(between)) return null;
  const citesOtherFacts = rearrangedOnly || CITES_OTHER_FACT.test(f.after.slice(0, 40));
  return judgeFromPrior(prior.equation, lhs, rhs, shape.op, seedText, citesOtherFacts);
}
