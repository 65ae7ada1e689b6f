import type { ChainEquation } from './chain-heads';
import { type Expr, freeSymbols } from './expr';
import { HYPOTHETICAL_BEFORE, refutedAfter } from './fact-cues';
import type { FormulaReading } from './formula-reading';
import { definitionOf } from './function-definitions';
import { statedForEveryValue } from './instance-of';
import { hasIntegral } from './integrals';
import type { Placed } from './placed-relation';
import { expansionFor, readTuple } from './point-claims';
import type { ProofSoFar } from './proof-so-far';
import { DEFINES_FUNCTION_CUE, headsCase } from './prose-cues';
import type { RelationVerdict } from './relation-verdict';
import { type ForEvery, remember } from './specialised-equation';
import { recordBound, statesBound } from './stated-bounds';
import { premiseOf } from './step-from-prior';
import { TUPLE } from './tuple-verdict';

/**
 * What a judged relation tells the relations after it: the premise a next step may go from,
 * a bound, and for an equation a functional equation, a stated value, an earlier equation
 * (with what its chain says of its first side), a binding or a definition.
 */
export function recordRelation(
  so: ProofSoFar,
  r: FormulaReading,
  idx: number,
  placed: Placed,
  verdict: RelationVerdict,
): void {
  const shape = r.shapes[idx];
  const [lhs, rhs] = r.sides[idx];
  // A relation with an integral is judged on its own, but is no premise for later ones:
  // each later claim compared with it would cost a quadrature at each of its samples.
  const readable =
    typeof lhs !== 'string' && typeof rhs !== 'string' && !hasIntegral(lhs) && !hasIntegral(rhs);
  so.prior = readable ? premiseOf(r.fi, shape, lhs, rhs, placed.line, r.spans) : null;
  if (typeof lhs !== 'string' && typeof rhs !== 'string') so.letterUses.record(lhs, rhs);
  if (readable && statesBound(lhs, rhs, shape.op))
    if (!r.announcesGoal()) recordBound(so.bounds, lhs, rhs, shape.op);
  // "L = |w|^2 = … = k + 1 - 2d": what the chain says of its first side.
  // Each side's LaTeX is read only where a chain gives something.
  const textOf = (side: 'lhs' | 'rhs') => r.texOf(shape[side]);
  const sound = verdict.verdict !== 'false';
  const whole = r.heads.link(shape.chainId, shape.op, [lhs, rhs], textOf, sound);
  // "… so d = 2" after "d + 4 = 2n = 6" goes from d + 4 = 6; "hence …" after "Q \\ge S^2/4 \\ge
  // P^2/16" from Q \\ge P^2/16.
  const bound = so.chainBounds.link(r.fi, shape.chainId, shape.op, [lhs, rhs], textOf, sound);
  const said = whole ? { ...whole, op: shape.op } : bound;
  const chain =
    said && premiseOf(r.fi, { ...shape, op: said.op }, said.lhs, said.rhs, placed.line, r.spans);
  so.priorChain = chain && said ? { ...chain, text: said.text } : null;
  if (readable && shape.op !== '=' && verdict.verdict !== 'false' && isFact(r))
    so.earlierBounds.record(lhs, rhs, shape.op, placed.line, placed.text);
  if (shape.op === '=' && verdict.verdict === 'skipped') recordPoint(so, r, idx, placed);
  if (shape.op !== '=' || !readable) return;
  if (verdict.verdict !== 'false') so.cited.record(r, shape, placed, lhs, rhs);
  recordEquation(so, r, placed, verdict, lhs, rhs, whole);
  rememberDefinition(so, r, idx, placed, verdict, lhs, rhs, whole);
}

/**
 * An equation as a functional equation, a stated value and, when it is a fact, an earlier
 * equation (with what its chain says of its first side).
 */
function recordEquation(
  so: ProofSoFar,
  r: FormulaReading,
  placed: Placed,
  verdict: RelationVerdict,
  lhs: Expr,
  rhs: Expr,
  whole: ChainEquation | null,
): void {
  const { f, proof } = r;
  // "For all \(x\): …" may put a formula or two between the words and the equation.
  // A hypothesis ("suppose that f(x) = 0 for all x") holds only inside its argument; a goal
  // ("we shall prove that f(x) = d - x for every x") and an assumption the text refutes
  // ("the assumption “f(x) = 0 for all x” cannot hold") are no facts at all.
  const end = f.texStart + f.tex.length;
  const before = proof.slice(Math.max(0, f.texStart - 60), f.texStart);
  const quantified =
    !HYPOTHETICAL_BEFORE.test(before) &&
    statedForEveryValue(f.tex, before, proof.slice(end, end + 40)) &&
    !r.announcesGoal() &&
    !refutedAfter(proof.slice(end, end + 80));
  const forEvery: ForEvery = verdict.instance
    ? { instance: verdict.instance }
    : quantified
      ? { stated: true }
      : null;
  remember(so.equations, so.putIn, lhs, rhs, so.context, placed.line, forEvery);
  so.values.record(lhs, rhs, placed.line);
  so.numberLetters.record(lhs, rhs);
  if (verdict.verdict !== 'false' && isFact(r)) {
    so.earlier.record(lhs, rhs, placed.line, placed.text);
    const near = before + f.tex + proof.slice(end, end + 40);
    const held = verdict.verdict === 'holds';
    // "Define f(n) = …": a formula for every n too.
    const forEvery = quantified || DEFINES_FUNCTION_CUE.test(f.before);
    so.terms.record(lhs, rhs, placed.line, placed.text, near, held, forEvery);
    if (whole) so.earlier.record(whole.lhs, whole.rhs, placed.line, whole.text);
  }
}

/** A binding ("let a = 3"), a symbol's definition, or a function's ("let f(x) = 2x + c"). */
function rememberDefinition(
  so: ProofSoFar,
  r: FormulaReading,
  idx: number,
  placed: Placed,
  verdict: RelationVerdict,
  lhs: Expr,
  rhs: Expr,
  whole: ChainEquation | null,
): void {
  // A definition stays through later equations about its symbol (they are claims about
  // it); only a new definition or the end of its case replaces it.
  const introduced = introduces(so, r, idx, lhs, rhs) ? lhs.name : null;
  if (so.rebind(lhs, rhs, r.binds, placed.text)) {
    so.context.definitions.set(lhs.name, rhs);
    so.cases.defined(lhs.name);
    so.earlier.defines(lhs.name, placed.line);
    so.boundBy = r.fi;
  } else {
    if (verdict.verdict === 'skipped') so.context.stated(lhs, rhs);
    if (introduced && verdict.verdict !== 'false' && isFact(r))
      so.earlier.introduces(introduced, placed.line);
  }
  // "the density of p is f(p) = f_α(α)|dα/dp| = \frac{2}{\pi R}…": a chain from f(x) defines
  // f by the closed form it reaches, where a link alone (through f_α) defines nothing.
  const cued = (DEFINES_FUNCTION_CUE.test(r.f.before) || headsCase(r.f)) && !r.announcesGoal();
  const own = cued ? definitionOf(lhs, rhs) : null;
  const defined = own ?? (cued && whole ? definitionOf(whole.lhs, whole.rhs) : null);
  if (defined) {
    so.functions.set(defined.name, defined.def);
    // A witness names the definition as the chain gives it: "f(p) = \\frac{2}{\\pi R}…".
    so.boundTexts.set(defined.name, own || !whole ? placed.text : whole.text);
  }
}

/**
 * "B = (c, 0)", "\\vec M = \\frac{c}{a}\\,\\mathbf x", "H = A + B + C - 2O": a point or vector
 * given coordinates, by a tuple or by points given theirs. It replaces what the name had.
 */
function recordPoint(so: ProofSoFar, r: FormulaReading, idx: number, placed: Placed): void {
  const [lhs, rhs] = r.sides[idx];
  if (typeof lhs === 'string' || lhs.k !== 'sym') return;
  // Only a tuple, or an expression in points already given coordinates, gives coordinates.
  if (rhs !== TUPLE && (typeof rhs === 'string' || !so.points.mentions(rhs))) return;
  let coords: Expr[] | null = null;
  if (rhs === TUPLE) coords = readTuple(r.shapes[idx].rhs);
  else if (typeof rhs !== 'string') {
    const value = so.points.expand(rhs, expansionFor(placed.text));
    coords = Array.isArray(value) ? value : null;
  }
  if (!coords || coords.some((c) => so.points.mentions(c))) return;
  so.cases.defined(so.points.record(lhs.name, coords, placed.line, rhs === TUPLE));
}

/**
 * "S = (d^2+1)(e^2+1)" where S is first written: the definition of S, though no "let" said
 * so. It stands for the claims that follow from it pages later ("\\frac{2\\delta\\Delta}{S}"),
 * as a definition made with "let" does; unlike one, it binds no value to S, so a claim is
 * never called false through it.
 */
function introduces(
  so: ProofSoFar,
  r: FormulaReading,
  idx: number,
  lhs: Expr,
  rhs: Expr,
): lhs is Expr & { k: 'sym' } {
  if (lhs.k !== 'sym' || freeSymbols(rhs).has(lhs.name)) return false;
  const span = r.spans.of(r.shapes[idx].lhs);
  return !!span && so.firstUses.introduces(lhs.name, r.fi, span.start, span.end);
}

/** Whether its sentence states its relations as facts: no hypothesis, case, alternative or goal. */
const isFact = (r: FormulaReading) => !r.notAFact() && !r.announcesGoal();
