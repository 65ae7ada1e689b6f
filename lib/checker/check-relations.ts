import type { CheckedRelation, CheckerFinding } from '../schemas/checker';
import { simplifiesAway } from './cancelling-symbols';
import { CaseScope, caseBoundary } from './case-scope';
import { ChainHeads } from './chain-heads';
import { colonDefinitions } from './colon-definitions';
import { DefinedContext } from './defined-symbols';
import { judgeOnStatedDomain } from './domain-claim';
import { EarlierEquations } from './earlier-equations';
import { type Expr, freeSymbols, Unreadable } from './expr';
import { CONTRADICTION_AFTER, HYPOTHETICAL_BEFORE, saysItDerives, statesNoFact } from './fact-cues';
import { claimsConsequence, isPremise, judgeFromPrior, type PriorEquation } from './follows-from';
import type { LineIndex, ProofFormula } from './formulas';
import {
  definitionOf,
  type FunctionDefinitions,
  judgeWithDefinitions,
  withDefinitions,
} from './function-definitions';
import { FunctionalEquations, type Instance, statedForEveryValue } from './instance-of';
import { FUNCTION_REASON } from './judge-relation';
import { FormulaSpans, FormulaTrees, type TexNode } from './katex-tree';
import { withLetterProducts } from './letter-products';
import { place, toChecked, toFinding, writtenText } from './placed-relation';
import { formulaRelations, type RelationOp, type RelationShape } from './relations';
import type { SampleVerdict } from './sample';
import { showExpr } from './show-expr';
import { withoutSideCondition } from './side-condition';
import { type ForEvery, remember, specialised } from './specialised-equation';
import { recordBound, type StatedBounds, statesBound } from './stated-bounds';
import { quantifiedDomains, type StatedDomain } from './stated-domain';
import { judgeWithStatedValues, StatedValues } from './stated-values';
import { drive } from './steps';
import { replacesOneSubterm } from './substitution';
import { judgeThroughEarlier } from './through-earlier';
import { toExpr } from './to-expr';
import { tupleComponents } from './tuple-sides';
import { judgeComponents, TUPLE } from './tuple-verdict';

/**
 * Prose that introduces a binding: "let $a = 3$", "where $n = 2k + 1$", "introduce the
 * convenient notations $\rho = de$, …".
 */
const BINDING_CUE =
  /\b(let|set|put|take|where|define|denote|write|introduce)\s*$|\b(introduce|define|use|with|set)\s+(the\s+)?(\w+\s+){0,2}(notations?|abbreviations?|shorthands?)\s*:?\s*$/i;
/** Between the items of a list of bindings: "let \\(x = \\sqrt a\\), \\(y = …\\)". */
const NEXT_ITEM = /^\s*(,|and|,\s*and)\s*$/i;
/**
 * Prose that introduces a function by a formula: "let", "for", "consider", "the solution is"
 * … "\(f(x) = 2x + c\)". Not "we shall prove that" (a goal), "so" or "if" (a value at one
 * point, or a case that ends before the text says so).
 */
const DEFINES_FUNCTION_CUE =
  /\b(let|set|put|take|where|define|denote|consider|for|with|namely|is|are|be)\s*(\*\*|\*)?\s*$/i;
/**
 * A formula that heads a list item, as its label ("* **\(f(x)=2x+c\):**"): the case the
 * item goes on to verify, so the function it gives is the one the item computes with.
 */
const headsCase = (f: ProofFormula) =>
  /(^|\n)[ \t]*([*-]|\d+\.)[ \t]*(\*\*|\*)?[ \t]*$/.test(f.before) && /^(\*\*|\*)?:/.test(f.after);
/** Prose that announces a goal, not a fact: a bound stated after it is not a domain. */
const GOAL_BEFORE =
  /\b(show|prov|need|want|claim|goal|suffic|remain|verif|check|whether|bound|estimat)\w*[^.:]*$/i;
/** Prose right after a relation that names what else it uses: "(since h^2 + k^2 = r^2)". */
const CITES_OTHER_FACT = /^[\s,.;:)]*\(?\s*(since|because|as|using|by|from|with|where)\b/i;
const GOES_ON_FROM_PROSE = /^\s*(\+|\\cdot|\\times)/;
/** A cheap test before parsing: most formulas ("$x$", "$n$") hold no relation at all. */
/** A blank line or a heading between two formulas: a new paragraph. */
const PARAGRAPH_BREAK = /\n[ \t]*\n|\n#/;
const MAY_RELATE = /[=<>≠]|\\(le|ge|lt|gt|ne|approx|coloneq)/;
/** Congruences read `=` modulo something: the checker does not judge them. */
const CONGRUENCE = /\\(equiv|pmod|bmod|mod|pod)(?![a-zA-Z])/;

/**
 * Where a formula's relations stop being exact: at its first congruence sign. What comes
 * before a first `\\equiv` ("b = 2^{a}+2 \\equiv 1 \\pmod{a-1}") is an equation of numbers;
 * after it, or in a formula whose first sign is `\\pmod` or `\\bmod`, `=` may mean "congruent".
 */
function exactBefore(tex: string): number {
  const at = tex.search(CONGRUENCE);
  if (at < 0) return Number.POSITIVE_INFINITY;
  return tex.startsWith('\\equiv', at) ? at : -1;
}

function readSide(nodes: TexNode[]): Expr | string {
  try {
    return toExpr(nodes);
  } catch (err) {
    if (err instanceof Unreadable) return err.message;
    throw err;
  }
}

/** A right side, read without a condition written after it ("r = xyz\\;(>0)"). */
function readRightSide(nodes: TexNode[]): Expr | string {
  const read = readSide(nodes);
  const value = typeof read === 'string' ? withoutSideCondition(nodes) : null;
  return value ? readSide(value) : read;
}

/** The sentence a formula sits in, up to the formula (formulas before it in it included). */
function sentenceBefore(proof: string, offset: number): string {
  const before = proof.slice(Math.max(0, offset - 300), offset);
  const ends = [...before.matchAll(/[.!?](\s|$)|\n\s*\n/g)];
  const last = ends[ends.length - 1];
  return last ? before.slice((last.index ?? 0) + last[0].length) : before;
}

export interface RelationsAnalysis {
  relations: CheckedRelation[];
  findings: CheckerFinding[];
}

/** Every relation of every formula of a proof, judged in order (bindings flow forward). */
export function checkRelations(
  proof: string,
  formulas: readonly ProofFormula[],
  lines: LineIndex,
): RelationsAnalysis {
  return drive(relationSteps(proof, formulas, lines, new FormulaTrees()));
}

/** The same, one step per formula, so a caller can let other work run in between. */
export function* relationSteps(
  proof: string,
  formulas: readonly ProofFormula[],
  lines: LineIndex,
  trees: FormulaTrees,
): Generator<void, RelationsAnalysis> {
  const relations: CheckedRelation[] = [];
  const findings: CheckerFinding[] = [];
  const bindings = new Map<string, Expr>();
  const boundTexts = new Map<string, string>();
  const bounds: StatedBounds = new Map();
  const functions: FunctionDefinitions = new Map();
  const context = new DefinedContext();
  const cases = new CaseScope();
  const equations = new FunctionalEquations();
  const values = new StatedValues();
  const earlier = new EarlierEquations();
  /** Values the text just put in for a symbol ("y = 0"): what a next step may specialise with. */
  const putIn: Expr[] = [];
  let proseFrom = 0;
  /** The last formula that defined a symbol: the next one in its list defines too. */
  let boundBy = -1;
  let prior: Prior | null = null;
  for (const [fi, f] of formulas.entries()) {
    if (!MAY_RELATE.test(f.tex)) continue;
    yield;
    // A definition made in a case ends with it.
    const prose = proof.slice(proseFrom, f.texStart);
    const boundary = caseBoundary(prose);
    if (boundary) earlier.caseBoundary(boundary === 'opens');
    for (const name of cases.advance(prose)) {
      bindings.delete(name);
      context.definitions.delete(name);
      values.forget([name]);
    }
    // A value stated in passing ("for n = 3", a base case) is the paragraph's, not the proof's.
    if (PARAGRAPH_BREAK.test(prose)) values.forgetAll();
    proseFrom = f.texStart + f.tex.length;
    let shapes: RelationShape[];
    try {
      shapes = formulaRelations(trees.parse(f.tex, f.display || f.tex.includes('\\tag')));
    } catch {
      continue; // KaTeX cannot read it: the TeX check reports that.
    }
    // "S := …", "g(p) := …": definitions, with no relation to judge in them.
    for (const { lhs, rhs } of colonDefinitions(f.tex)) {
      const fn = definitionOf(lhs, rhs);
      const name = fn?.name ?? (lhs.k === 'sym' ? lhs.name : null);
      if (!name) continue;
      if (fn) functions.set(fn.name, fn.def);
      else {
        context.definitions.set(name, rhs);
        cases.defined(name);
      }
      boundTexts.set(name, f.tex.trim());
    }
    const congruenceAt = exactBefore(f.tex);
    const binds = BINDING_CUE.test(f.before) || (boundBy === fi - 1 && NEXT_ITEM.test(f.before));
    // Read only when a bound or a definition is to be recorded: the sentence search is not free.
    let goal: boolean | undefined;
    let domains: StatedDomain[] | undefined;
    let sentence: string | undefined;
    const ownSentence = () => {
      sentence ??= sentenceBefore(proof, f.texStart);
      return sentence;
    };
    const announcesGoal = () => {
      goal ??= GOAL_BEFORE.test(ownSentence());
      return goal;
    };
    let supposed: boolean | undefined;
    const notAFact = () => {
      supposed ??= statesNoFact(ownSentence(), f);
      return supposed;
    };
    const sides = shapes.map((shape) => {
      const [l, r] = [readSide(shape.lhs), readRightSide(shape.rhs)];
      return typeof l === 'string' || typeof r === 'string'
        ? ([l, r] as const)
        : withLetterProducts(l, r);
    });
    // "… that smaller number \(+ (p+1) \ge p+1\)": the formula goes on from the prose.
    if (sides.length > 0 && GOES_ON_FROM_PROSE.test(f.tex))
      sides[0] = ['a side that goes on from the prose', sides[0][1]];
    // Chains are read with the functions the text defined put in: "f(2x) + 2f(y) = 4x + 4y + 3c"
    // rewrites f's definition; it is not a condition linking other symbols.
    const expanded = sides.map(([l, r]) => {
      if (typeof l === 'string' || typeof r === 'string') return [l, r] as const;
      const e = withDefinitions(l, r, functions);
      return [e.lhs, e.rhs] as const;
    });
    const conditional = conditionChains(shapes, expanded);
    const spans = new FormulaSpans(f.tex.length);
    const heads = new ChainHeads();
    const texOf = (nodes: TexNode[]) => writtenText(f.tex, spans.of(nodes));
    shapes.forEach((shape, idx) => {
      const placed = place(proof, f, shape, lines, spans);
      const [lhs, rhs] = sides[idx];
      let verdict: SampleVerdict & { given?: string; instance?: Instance };
      if (congruenceAt < f.tex.length && (spans.of(shape.rhs)?.end ?? f.tex.length) > congruenceAt)
        verdict = { verdict: 'skipped', reason: 'congruence' };
      else if (typeof lhs === 'string' || typeof rhs === 'string') {
        const reason = typeof lhs === 'string' ? lhs : (rhs as string);
        const tuples = reason === TUPLE ? tupleComponents(shape.lhs, shape.rhs) : null;
        const chained = shape.chained || !!tuples?.computes;
        verdict = tuples
          ? judgeComponents(tuples.components, (l, r, k) =>
              judgeWithDefinitions(
                l,
                r,
                shape.op,
                chained,
                functions,
                bindings,
                `${placed.text}#${k}`,
                bounds,
                context,
              ),
            )
          : { verdict: 'skipped', reason };
        // A link of a chain of conditions may put in what the context says: never false here.
        if (verdict.verdict === 'false' && conditional.has(shape.chainId))
          verdict = { verdict: 'skipped', reason: 'depends on context (a chain of conditions)' };
      } else
        verdict = judgeWithDefinitions(
          lhs,
          rhs,
          shape.op,
          shape.chained,
          functions,
          bindings,
          placed.text,
          bounds,
          context,
        );
      // "f(x) \\ge \\frac{3x}{2} for every x \\in (0, 1)": checked inside the stated domain.
      if (verdict.verdict === 'skipped' && typeof lhs !== 'string' && typeof rhs !== 'string') {
        domains ??= quantifiedDomains(formulas, fi);
        const onDomain = judgeOnStatedDomain(
          lhs,
          rhs,
          shape.op,
          domains,
          functions,
          context.definitions,
          placed.text,
        );
        // A goal ("we show that … for every x") that fails is the proof's to settle.
        if (onDomain && !(onDomain.verdict === 'false' && announcesGoal())) verdict = onDomain;
      }
      if (
        verdict.verdict === 'skipped' &&
        verdict.reason.startsWith('depends on') &&
        typeof lhs !== 'string' &&
        typeof rhs !== 'string' &&
        prior
      )
        verdict = stepFrom(prior, fi, f, shape, lhs, rhs, placed.text, spans) ?? verdict;
      // "Put y = 0: f(2x) + 2f(0) = f(f(x))": the functional equation with values put in.
      if (
        verdict.verdict === 'skipped' &&
        shape.op === '=' &&
        verdict.reason.startsWith(FUNCTION_REASON) &&
        typeof lhs !== 'string' &&
        typeof rhs !== 'string'
      )
        verdict = specialised(lhs, rhs, equations, putIn, context, placed.text) ?? verdict;
      // "c + d = 1 + 2" after "c = 1" and "d = 2": confirmed with the values the text stated.
      if (
        verdict.verdict === 'skipped' &&
        verdict.reason.startsWith('depends on context') &&
        typeof lhs !== 'string' &&
        typeof rhs !== 'string'
      )
        verdict = judgeWithStatedValues(lhs, rhs, shape.op, values, showExpr) ?? verdict;
      // "p(k-1+L)/L = 2p(k-d)/L" after "L = k+1-2d": confirmed with the equations stated before.
      if (
        verdict.verdict === 'skipped' &&
        (verdict.reason.startsWith('depends on') || verdict.reason.startsWith('holds only')) &&
        typeof lhs !== 'string' &&
        typeof rhs !== 'string' &&
        !binds &&
        !notAFact() &&
        !announcesGoal()
      )
        verdict =
          judgeThroughEarlier(
            lhs,
            rhs,
            shape.op,
            earlier.before(placed.line),
            placed.text,
            saysItDerives(proof, f, spans.of(shape.lhs)?.start ?? 0),
          ) ?? verdict;
      // A link of a chain that states conditions may put in what the context says a part
      // equals: it holds when it is an identity, and is skipped (never false) otherwise.
      if (
        verdict.verdict === 'false' &&
        conditional.has(shape.chainId) &&
        replacesOneSubterm(expanded[idx][0] as Expr, expanded[idx][1] as Expr) &&
        // "1 + 2j - 2(b + j) = 1 - 2b" puts nothing in: j cancels. It is a rewriting.
        !simplifiesAway(expanded[idx][0] as Expr, expanded[idx][1] as Expr, placed.text)
      )
        verdict = { verdict: 'skipped', reason: 'depends on context (a chain of conditions)' };
      if (
        verdict.verdict === 'false' &&
        (CONTRADICTION_AFTER.test(f.after.slice(0, 80)) ||
          HYPOTHETICAL_BEFORE.test(f.before.slice(-60)))
      )
        verdict = {
          verdict: 'skipped',
          reason: 'the text itself rules it out (a contradiction or a hypothesis)',
        };
      relations.push(toChecked(placed, verdict, boundTexts));
      prior =
        typeof lhs !== 'string' && typeof rhs !== 'string'
          ? premiseOf(fi, shape, lhs, rhs, placed.line, spans)
          : null;
      if (typeof lhs !== 'string' && typeof rhs !== 'string' && statesBound(lhs, rhs, shape.op))
        if (!announcesGoal()) recordBound(bounds, lhs, rhs, shape.op);
      if (verdict.verdict === 'false')
        findings.push(toFinding(placed, verdict.witness, verdict.given, boundTexts));
      // "L = |w|^2 = … = k + 1 - 2d": what the chain says of its first side.
      const whole = heads.link(
        shape.chainId,
        shape.op,
        [lhs, rhs],
        [texOf(shape.lhs), texOf(shape.rhs)],
        verdict.verdict !== 'false',
      );
      if (shape.op === '=' && typeof lhs !== 'string' && typeof rhs !== 'string') {
        // "For all \(x\): …" may put a formula or two between the words and the equation.
        // A hypothesis ("suppose that f(x) = 0 for all x") holds only inside its argument.
        const end = f.texStart + f.tex.length;
        const before = proof.slice(Math.max(0, f.texStart - 60), f.texStart);
        const quantified =
          !HYPOTHETICAL_BEFORE.test(before) &&
          statedForEveryValue(f.tex, before, proof.slice(end, end + 40));
        const forEvery: ForEvery = verdict.instance
          ? { instance: verdict.instance }
          : quantified
            ? { stated: true }
            : null;
        remember(equations, putIn, lhs, rhs, context, placed.line, forEvery);
        values.record(lhs, rhs, placed.line);
        if (verdict.verdict !== 'false' && !notAFact() && !announcesGoal()) {
          earlier.record(lhs, rhs, placed.line, placed.text);
          if (whole) earlier.record(whole.lhs, whole.rhs, placed.line, whole.text);
        }
        // A definition stays through later equations about its symbol (they are claims about
        // it); only a new definition or the end of its case replaces it.
        if (rebind(bindings, boundTexts, lhs, rhs, binds, placed.text)) {
          context.definitions.set(lhs.name, rhs);
          cases.defined(lhs.name);
          boundBy = fi;
        } else if (verdict.verdict === 'skipped') context.stated(lhs, rhs);
        const defined =
          (DEFINES_FUNCTION_CUE.test(f.before) || headsCase(f)) && !announcesGoal()
            ? definitionOf(lhs, rhs)
            : null;
        if (defined) {
          functions.set(defined.name, defined.def);
          boundTexts.set(defined.name, placed.text);
        }
      }
    });
  }
  return { relations, findings };
}

/**
 * "let a = 3" binds a (read with its text) and says so; any other "a = …" or "… = a"
 * unbinds it, for a later claim about a may be about another case.
 */
function rebind(
  bindings: Map<string, Expr>,
  texts: Map<string, string>,
  lhs: Expr,
  rhs: Expr,
  binds: boolean,
  text: string,
): lhs is Expr & { k: 'sym' } {
  if (lhs.k === 'sym') {
    if (binds && !freeSymbols(rhs).has(lhs.name)) {
      bindings.set(lhs.name, rhs);
      texts.set(lhs.name, text);
      return true;
    }
    bindings.delete(lhs.name);
  } else if (rhs.k === 'sym') bindings.delete(rhs.name);
  return false;
}

/** The relation just read as the premise a next step may go from, when it can be one. */
function premiseOf(
  fi: number,
  shape: RelationShape,
  lhs: Expr,
  rhs: Expr,
  line: number,
  spans: FormulaSpans,
): Prior | null {
  const end = spans.of(shape.rhs)?.end;
  if (!STEP_OPS.has(shape.op) || end === undefined || !isPremise(lhs, rhs)) return null;
  return { equation: { lhs, rhs, op: shape.op, line }, formula: fi, end };
}

/**
 * A relation the text says follows from the premise just before it (in the same formula
 * or the one before, with "so", "i.e.", an arrow… between), judged against that premise.
 */
function stepFrom(
  prior: Prior,
  fi: number,
  f: ProofFormula,
  shape: RelationShape,
  lhs: Expr,
  rhs: Expr,
  seedText: string,
  spans: FormulaSpans,
): SampleVerdict | null {
  const start = spans.of(shape.lhs)?.start;
  if (!STEP_OPS.has(shape.op) || shape.chained || start === undefined) return null;
  const between =
    prior.formula === fi ? f.tex.slice(prior.end, start) : prior.formula === fi - 1 ? f.before : '';
  if (!claimsConsequence(between)) return null;
  const citesOtherFacts = CITES_OTHER_FACT.test(f.after.slice(0, 40));
  return judgeFromPrior(prior.equation, lhs, rhs, shape.op, seedText, citesOtherFacts);
}

const compound = (e: Expr | string): e is Expr =>
  typeof e !== 'string' && e.k !== 'sym' && e.k !== 'num' && e.k !== 'const';

/**
 * Chains that link quantities rather than rewrite one: a link between two compound sides
 * over different symbols ("2^b + 2 = (2^a)^k + 2 = …") shows the chain states conditions.
 */
function conditionChains(
  shapes: readonly RelationShape[],
  sides: readonly (readonly [Expr | string, Expr | string])[],
): Set<number> {
  const out = new Set<number>();
  shapes.forEach((shape, idx) => {
    const [l, r] = sides[idx];
    if (!shape.chained || !compound(l) || !compound(r)) return;
    const ls = freeSymbols(l);
    const rs = freeSymbols(r);
    if (ls.size > 0 && rs.size > 0 && (ls.size !== rs.size || [...ls].some((s) => !rs.has(s))))
      out.add(shape.chainId);
  });
  return out;
}

/** Relations a step can go from and to: equations and inequalities. */
const STEP_OPS: ReadonlySet<RelationOp> = new Set(['=', '<', '<=', '>', '>=']);

/** The relation just read, when it is one a next one may follow from. */
interface Prior {
  equation: PriorEquation;
  /** Its formula's index, and where its right side ends in that formula. */
  formula: number;
  end: number;
}
