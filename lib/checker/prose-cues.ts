import type { ProofFormula } from './formulas';

/**
 * What the prose right before a formula says its relations are: a binding, the next item of
 * a list of bindings, a function's definition, a goal. Read by the relation check
 * (`check-relations.ts`) to decide what a relation records for later ones.
 */

/**
 * Prose that introduces a binding: "let $a = 3$", "where $n = 2k + 1$", "introduce the
 * convenient notations $\rho = de$, …", "writing $w = 1/z$". Not "setting" or "putting":
 * "setting $x = 0$ gives …" puts a value in for a moment.
 */
export const BINDING_CUE =
  /\b(let|set|put|take|where|define|denote|write|introduce|writing|denoting|defining)\s*$|\b(introduce|define|use|with|set)\s+(the\s+)?(\w+\s+){0,2}(notations?|abbreviations?|shorthands?)\s*:?\s*$/i;
/** Between the items of a list of bindings: "let \\(x = \\sqrt a\\), \\(y = …\\)". */
export const NEXT_ITEM = /^\s*(,|and|,\s*and)\s*$/i;
/**
 * Prose that introduces a function by a formula: "let", "for", "consider", "the solution is"
 * … "\(f(x) = 2x + c\)". Not "we shall prove that" (a goal), "so" or "if" (a value at one
 * point, or a case that ends before the text says so).
 */
export const DEFINES_FUNCTION_CUE =
  /\b(let|set|put|take|where|define|denote|consider|for|with|namely|is|are|be)\s*(\*\*|\*)?\s*$/i;
/**
 * A formula that heads a list item, as its label ("* **\(f(x)=2x+c\):**"): the case the
 * item goes on to verify, so the function it gives is the one the item computes with.
 */
export const headsCase = (f: ProofFormula) =>
  /(^|\n)[ \t]*([*-]|\d+\.)[ \t]*(\*\*|\*)?[ \t]*$/.test(f.before) && /^(\*\*|\*)?:/.test(f.after);
/** Prose that announces a goal, not a fact: a bound stated after it is not a domain. */
export const GOAL_BEFORE =
  /\b(show|prov|need|want|claim|goal|suffic|remain|verif|check|whether|bound|estimat)\w*[^.:]*$/i;
/** A formula that starts with an operator goes on from the prose before it. */
export const GOES_ON_FROM_PROSE = /^\s*(\+|\\cdot|\\times)/;
/** A blank line or a heading between two formulas: a new paragraph. */
export const PARAGRAPH_BREAK = /\n[ \t]*\n|\n#/;
/** A cheap test before parsing: most formulas ("$x$", "$n$") hold no relation at all. */
export const MAY_RELATE = /[=<>≠]|\\(le|ge|lt|gt|ne|approx|coloneq)/;

/** Where a sentence ends: a full stop, "!" or "?" before a space, or a blank line. */
const SENTENCE_END = /[.!?](\s|$)|\n\s*\n/g;

/** The sentence a formula sits in, up to the formula (formulas before it in it included). */
export function sentenceBefore(proof: string, offset: number): string {
  const before = proof.slice(Math.max(0, offset - 300), offset);
  // The last of the ends found left to right, without listing them all: each test moves
  // lastIndex to the end of the match it found (no match array made).
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(before)) cut = SENTENCE_END.lastIndex;
  return cut > 0 ? before.slice(cut) : before;
}
