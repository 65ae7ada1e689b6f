/**
 * Anchoring: placing a verifier's findings on the proof lines they are about, and keeping
 * them there across versions (BRIEF §4). Pure TypeScript, no Node APIs: it runs in a Web
 * Worker in the browser and on the server for imports.
 *
 * Offsets are UTF-16 offsets into the original proof string; lines are 1-based, inclusive.
 * Confidence (see classify.ts):
 * - `exact`: the quote is in the proof after normalisation (notation, spacing, case);
 * - `confident`: fuzzy or elided match with similarity ≥ 0.8 (≥ 0.9 under 40 chars);
 * - `approximate`: 0.6–0.8 for quotes of 40+ chars, a paraphrase found by word pairs, or a
 *   short quote found at several places with no cited lines to choose (similarity 1);
 * - `orphan`: not placed; the anchor spans the cited lines. Without cited lines the result
 *   is null and the finding is a comment on the whole proof.
 * A quote that fits several places about as well (a passage the proof states twice): the
 * one nearest the cited lines; among equally near ones, the one whose surroundings the
 * finding's issue text (`context`) names; else the first, marked approximate — never a
 * confident guess (issue-context.ts). Rivals on the same lines change nothing one sees.
 */
export { type AnchorInput, anchorFindings, anchorQuote } from './anchor-quote';
export { type CarriedAnchor, type CarryStatus, carryAnchor } from './carry';
export { type AnchorContext, anchorContext } from './context';
export { type PreparedProof, prepareProof } from './prepare';
