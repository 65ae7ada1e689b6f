import { CaseScope, caseBoundary } from './case-scope';
import { ChainBounds } from './chain-bounds';
import { CitedEquations } from './cited-equations';
import { colonDefinitions } from './colon-definitions';
import { DefinedContext } from './defined-symbols';
import { EarlierBounds } from './earlier-bounds';
import { EarlierEquations } from './earlier-equations';
import { type Expr, freeSymbols } from './expr';
import { FirstUses } from './first-uses';
import type { ProofFormula } from './formulas';
import { definitionOf, type FunctionDefinitions } from './function-definitions';
import { GeneralTerms } from './general-terms';
import { FunctionalEquations } from './instance-of';
import { LetterUses } from './letter-uses';
import { NumberLetters } from './number-pairs';
import { Points } from './points';
import { PARAGRAPH_BREAK } from './prose-cues';
import type { StatedBounds } from './stated-bounds';
import { StatedValues } from './stated-values';
import type { Prior } from './step-from-prior';

/**
 * What the text has said before the formula being read: the bindings, definitions, bounds,
 * values and equations later relations are judged with. Relations are judged in order, so
 * each one sees only what came before it (and what its own formula defined first).
 */
export class ProofSoFar {
  constructor(
    /** Where each letter is first written: an equation there defines it. */
    readonly firstUses: FirstUses = new FirstUses([]),
  ) {}

  readonly bindings = new Map<string, Expr>();
  /** The text that bound or defined each symbol, for witnesses ("given a = 3 from earlier"). */
  readonly boundTexts = new Map<string, string>();
  readonly bounds: StatedBounds = new Map();
  readonly functions: FunctionDefinitions = new Map();
  readonly context = new DefinedContext();
  readonly cases = new CaseScope();
  readonly equations = new FunctionalEquations();
  readonly values = new StatedValues();
  readonly earlier = new EarlierEquations();
  /** Inequalities stated as facts, likewise. */
  readonly earlierBounds = new EarlierBounds();
  /** Equations by their `\\tag`, for the claims whose sentence cites them. */
  readonly cited = new CitedEquations();
  /** Sequences' general terms ("a_n = …"), for the instances written later. */
  readonly terms = new GeneralTerms();
  /** Letters the text used alone or applied, for a letter before a bracket ("d(e^2+1)"). */
  readonly letterUses = new LetterUses();
  /** Capitals the text made numbers, whose pairs ("ST") are products, not segments. */
  readonly numberLetters = new NumberLetters();
  /** Points and vectors the text gave coordinates ("B = (c, 0)", "E = tC"). */
  readonly points = new Points(
    (name) => this.context.definitions.get(name) ?? this.bindings.get(name),
  );
  /** Values the text just put in for a symbol ("y = 0"): what a next step may specialise with. */
  readonly putIn: Expr[] = [];
  /** The last formula that defined a symbol: the next one in its list defines too. */
  boundBy = -1;
  /** The relation just read, when a next one may follow from it. */
  prior: Prior | null = null;
  /** What the chain just read says of its first side ("d + 4 = 2n = 6": d + 4 = 6), likewise. */
  priorChain: Prior | null = null;
  /** The inequality chains of the formula being read, for `priorChain`. */
  readonly chainBounds = new ChainBounds();
  /** Where the prose not yet read starts. */
  private proseFrom = 0;

  /**
   * Reads the prose up to formula `f`: a definition made in a case ends with it, and a
   * value stated in passing ("for n = 3", a base case) is the paragraph's, not the proof's.
   */
  readProseBefore(proof: string, f: ProofFormula): void {
    const prose = proof.slice(this.proseFrom, f.texStart);
    const boundary = caseBoundary(prose);
    if (boundary) this.earlier.caseBoundary(boundary === 'opens');
    if (boundary) this.earlierBounds.caseBoundary(boundary === 'opens');
    if (boundary) this.terms.caseBoundary(boundary === 'opens');
    for (const name of this.cases.advance(boundary)) {
      this.bindings.delete(name);
      this.context.definitions.delete(name);
      this.earlier.forget(name);
      this.values.forget([name]);
      this.points.forget(name);
    }
    if (PARAGRAPH_BREAK.test(prose)) this.values.forgetAll();
    this.proseFrom = f.texStart + f.tex.length;
  }

  /** "S := …", "g(p) := …": definitions, with no relation to judge in them. */
  recordColonDefinitions(tex: string): void {
    for (const { lhs, rhs } of colonDefinitions(tex)) {
      const fn = definitionOf(lhs, rhs);
      const name = fn?.name ?? (lhs.k === 'sym' ? lhs.name : null);
      if (!name) continue;
      if (fn) this.functions.set(fn.name, fn.def);
      else {
        this.context.definitions.set(name, rhs);
        this.cases.defined(name);
      }
      this.boundTexts.set(name, tex.trim());
    }
  }

  /**
   * "let a = 3" binds a (read with its text) and says so; any other "a = …" or "… = a"
   * unbinds it, for a later claim about a may be about another case.
   */
  rebind(lhs: Expr, rhs: Expr, binds: boolean, text: string): lhs is Expr & { k: 'sym' } {
    if (lhs.k === 'sym') {
      if (binds && !freeSymbols(rhs).has(lhs.name)) {
        this.bindings.set(lhs.name, rhs);
        this.boundTexts.set(lhs.name, text);
        return true;
      }
      this.bindings.delete(lhs.name);
    } else if (rhs.k === 'sym') this.bindings.delete(rhs.name);
    return false;
  }
}
