import { judgeOnStatedDomain } from './domain-claim';
import type { Expr } from './expr';
import { saysItDerives } from './fact-cues';
import type { FormulaReading } from './formula-reading';
import { judgeFromBounds } from './from-bounds';
import { FUNCTION_REASON } from './judge-relation';
import type { Placed } from './placed-relation';
import type { ProofSoFar } from './proof-so-far';
import type { RelationVerdict } from './relation-verdict';
import { showExpr } from './show-expr';
import { specialised } from './specialised-equation';
import { judgeWithStatedValues } from './stated-values';
import { stepFromChain } from './step-from-chain';
import { stepFrom } from './step-from-prior';
import { judgeThroughEarlier } from './through-earlier';
import { judgeValuations } from './valuations';

/**
 * A relation its own sides could not settle, judged with more of the text, each judgement
 * tried in turn while it stays skipped: the domain stated for its symbols, the step just
 * before it (or what the chain before it says of its first side), a functional equation
 * with values put in, values stated in its paragraph, equations stated earlier (and those
 * its sentence cites by their tag). Only the first two may call it false.
 */
export function verdictInContext(
  so: ProofSoFar,
  r: FormulaReading,
  idx: number,
  placed: Placed,
  lhs: Expr,
  rhs: Expr,
  start: RelationVerdict,
): RelationVerdict {
  const shape = r.shapes[idx];
  const { f } = r;
  let verdict = start;
  // "f(x) \\ge \\frac{3x}{2} for every x \\in (0, 1)": checked inside the stated domain.
  if (verdict.verdict === 'skipped') {
    const onDomain = judgeOnStatedDomain(
      lhs,
      rhs,
      shape.op,
      r.statedDomains(),
      so.functions,
      so.context.definitions,
      placed.text,
    );
    // A goal ("we show that … for every x") that fails is the proof's to settle.
    if (onDomain && !(onDomain.verdict === 'false' && r.announcesGoal())) verdict = onDomain;
  }
  if (verdict.verdict === 'skipped' && verdict.reason.startsWith('depends on') && so.prior)
    verdict = stepFrom(so.prior, r.fi, f, shape, lhs, rhs, placed.text, r.spans) ?? verdict;
  // "d + 4 = 2n = 6 \\Longrightarrow d = 2": from what the chain before says of its first side.
  if (verdict.verdict === 'skipped' && verdict.reason.startsWith('depends on') && so.priorChain)
    verdict = stepFromChain(so.priorChain, r, shape, lhs, rhs, placed.text) ?? verdict;
  // "Put y = 0: f(2x) + 2f(0) = f(f(x))": the functional equation with values put in.
  if (
    verdict.verdict === 'skipped' &&
    shape.op === '=' &&
    verdict.reason.startsWith(FUNCTION_REASON)
  )
    verdict = specialised(lhs, rhs, so.equations, so.putIn, so.context, placed.text) ?? verdict;
  // "v_2(24) = 3", "v_2(2k) = 1 + v_2(k)": valuations computed where they can be (with the
  // functions the text defined put in: "f(1) = 1" after "define f(n) = 1/2^{v_2(n)}").
  if (verdict.verdict === 'skipped' && verdict.reason.startsWith(FUNCTION_REASON)) {
    const [el, er] = r.expanded[idx];
    const [vl, vr] = typeof el === 'string' || typeof er === 'string' ? [lhs, rhs] : [el, er];
    verdict = judgeValuations(vl, vr, shape.op, placed.text) ?? verdict;
  }
  // "a_0 = α + β" after "a_n = α5^n + β(-4)^n": an instance of a general term stated earlier.
  if (verdict.verdict === 'skipped' && verdict.reason.startsWith('depends on'))
    verdict = so.terms.judge(lhs, rhs, shape.op, placed.text) ?? verdict;
  // "c + d = 1 + 2" after "c = 1" and "d = 2": confirmed with the values the text stated.
  if (verdict.verdict === 'skipped' && verdict.reason.startsWith('depends on context'))
    verdict = judgeWithStatedValues(lhs, rhs, shape.op, so.values, showExpr) ?? verdict;
  // "p(k-1+L)/L = 2p(k-d)/L" after "L = k+1-2d": confirmed with the equations stated before.
  if (
    verdict.verdict === 'skipped' &&
    (verdict.reason.startsWith('depends on') || verdict.reason.startsWith('holds only')) &&
    !r.binds &&
    !r.notAFact() &&
    !r.announcesGoal()
  ) {
    const offered = so.cited.withCited(f, so.earlier.before(placed.line, shape.op === '='));
    verdict =
      judgeThroughEarlier(
        lhs,
        rhs,
        shape.op,
        offered,
        placed.text,
        saysItDerives(r.proof, f, r.spans.of(shape.lhs)?.start ?? 0),
        shape.op === '=' ? so.earlier.introducedBefore(placed.line, offered) : [],
      ) ?? verdict;
  }
  // "Since y_i \\ge y_j + 2, we have y_j - y_i + 1 \\le -1": from inequalities stated before.
  // Not a reason given for what was just said ("… \\le 1999, because (2/3)^{h} \\le 1"): the
  // line before would be its basis, and it that line's.
  if (
    verdict.verdict === 'skipped' &&
    verdict.reason.startsWith('depends on') &&
    !GIVES_REASON.test(f.before) &&
    !r.binds &&
    !r.notAFact() &&
    !r.announcesGoal()
  )
    verdict =
      judgeFromBounds(
        lhs,
        rhs,
        shape.op,
        so.earlierBounds.before(placed.line),
        placed.text,
        saysItDerives(r.proof, f, r.spans.of(shape.lhs)?.start ?? 0),
      ) ?? verdict;
  return verdict;
}

/** Prose that gives the formula after it as the reason for what came before ("(recall …)"). */
const GIVES_REASON = /\b(because|as|since|recall)\s*$/i;
