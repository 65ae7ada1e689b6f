import type { ProofFormula } from './formulas';

/**
 * What the words around a formula say it is: a fact the proof states, or a hypothesis, a
 * special case, an alternative, something the text refutes. Equations stated as facts are what
 * later claims may follow from (`through-earlier.ts`); the others are neither used nor judged.
 */

/** A false claim the text itself calls false: a contradiction being derived, a case ruled out. */
const CONTRADICTION_AFTER =
  /^\s*\?|contradict|impossib|absurd|not possible|cannot|can't|false|never|fails|is not|isn't|not true|\bno\b[^.]*solution|wrong|mistake/i;
/** Where the text after a formula stops speaking of it: its sentence's end, or a heading or rule. */
const SENTENCE_OR_SECTION_END = /[.!?](?=\s|$)|\n\s*(#|---|\*\*\*|\*\*\S)/;

/**
 * Whether the text right after a formula calls it false ("…, which is impossible", "? No:"),
 * in the first 80 characters and before its sentence ends: the next section's heading
 * ("### 6. Contradiction") speaks of something else.
 */
export function refutedAfter(after: string): boolean {
  const near = after.slice(0, 80);
  const end = SENTENCE_OR_SECTION_END.exec(near);
  return CONTRADICTION_AFTER.test(end ? near.slice(0, end.index + 1) : near);
}
export const HYPOTHETICAL_BEFORE =
  /\b(if(?! (desired|needed|necessary|wanted|one wishes)\b)|suppose|assume|assuming|would|otherwise|unless|whether|once)\b[^.]*$/i;
/** Words and arrows that say a relation is derived: "adding", "hence", "\\Longrightarrow". */
const DERIVES =
  /\\(Longrightarrow|Rightarrow|implies|iff|therefore)(?![a-zA-Z])|\b(so|hence|thus|therefore|gives?|giving|yields?|obtain\w*|get|implies|add\w*|subtract\w*|combin\w*|sum\w*|eliminat\w*|substitut\w*|plug\w*|from \(\d+\) and)\b/i;
/** "… \\text{or} …", "either": one of alternatives, not a fact. */
const ALTERNATIVE_NEAR = /\b(or|either)\b|\\(lor|vee)(?![a-zA-Z])/i;
/**
 * "Consider the case where …", "for example", "even with": a special case, not the proof's
 * facts. Grok-4's P5 drafts state S_{2k} = k\\sqrt 2 for the greedy play, then claim
 * S_{2k} \\le k\\sqrt 2 for every play.
 */
const EXAMPLE_BEFORE =
  /\b(when|whenever|case|cases|example|instance|e\.\s?g\.|consider|even with|say|special|such as|test|try|trying|check(ing)?)\b/i;

/**
 * Whether a formula's equations are no facts of the proof: its sentence (up to it) supposes
 * or takes a special case, it is one of alternatives, or the text goes on to refute it.
 */
export function statesNoFact(sentence: string, f: ProofFormula): boolean {
  return (
    HYPOTHETICAL_BEFORE.test(sentence) ||
    EXAMPLE_BEFORE.test(sentence) ||
    ALTERNATIVE_NEAR.test(f.before.slice(-20)) ||
    ALTERNATIVE_NEAR.test(f.tex) ||
    /^[\s\\)\]$]*or\b/i.test(f.after) ||
    refutedAfter(f.after)
  );
}

/**
 * Whether the text says it derives the relation starting at `at` in the formula: "adding",
 * "hence", `\\Longrightarrow` in the 150 characters before it or earlier in its formula.
 */
export function saysItDerives(proof: string, f: ProofFormula, at: number): boolean {
  return DERIVES.test(proof.slice(Math.max(0, f.texStart - 150), f.texStart) + f.tex.slice(0, at));
}
