import { sentencesHolding, wordBigrams } from './bigram';
import { linesOfSpan } from './lines';
import type { Match, Place } from './match';
import { normalizeWithMap } from './normalize';
import type { PreparedProof } from './prepare';
import { MAX_RIVALS } from './rivals';

/** How much text on each side of a place the issue text is compared with (normalised chars). */
const AROUND = 200;
/** A verbatim stretch shared with the issue text must be this long... */
const MIN_VERBATIM = 10;
/** ...and every other place's at most this share of it. */
const VERBATIM_RATIO = 0.6;
/** How far the chosen place's weighted pair count must lead every other (a pair found once counts 1). */
const MIN_LEAD = 0.5 - 1e-9;
/** Word pairs made only of these say nothing about where a passage is. */
const FILLER = new Set(
  (
    'a an and are as at be by for from has have here in is it its of on or so that the then ' +
    'there this to we which with not no these those thus hence since proof step claim'
  ).split(' '),
);

/**
 * The issue text cut into clauses, normalised. Prose punctuation is followed by a space;
 * math's `2(m-1)` and `(1,1)` stay whole.
 */
function clausesOf(context: string): string[] {
  return context
    .split(/["“”]|\s\(|\)(?=\s|$)|[,;:.!?](?=\s|$)/)
    .map((clause) => normalizeWithMap(clause).text.trim());
}

/** Length of the longest common substring of `a` and `b` (both short: a clause, a window). */
function longestCommon(a: string, b: string): number {
  let best = 0;
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : 0;
      if (row[j] > best) best = row[j];
    }
    [prev, row] = [row, prev];
  }
  return best;
}

/**
 * Fallback for issue text that names math rather than words: the place whose surroundings
 * (not the passage itself) share the longest verbatim stretch with one of its clauses,
 * when that stretch is long and clearly longer than at any other place.
 */
function placeByVerbatim(text: string, places: Place[], clauses: string[]): number | null {
  const usable = clauses.filter((c) => c.length >= MIN_VERBATIM).map((c) => c.slice(0, 300));
  if (usable.length === 0) return null;
  const scores = places.map((p) => {
    const before = text.slice(Math.max(0, p.start - AROUND), p.start);
    const after = text.slice(p.end, p.end + AROUND);
    return Math.max(
      ...usable.map((c) => Math.max(longestCommon(c, before), longestCommon(c, after))),
    );
  });
  const order = scores.map((_, k) => k).sort((a, b) => scores[b] - scores[a]);
  const [top, next] = [scores[order[0]], scores[order[1]] ?? 0];
  return top >= MIN_VERBATIM && next <= top * VERBATIM_RATIO ? order[0] : null;
}

function tellingPairs(clauses: string[], quoted: string): string[] {
  const own = wordBigrams(quoted);
  // Pairs only within a clause: `(where it says x) is wrong` must not yield `x is`. Prose
  // punctuation is followed by a space; math's `2(m-1)` and `(1,1)` stay whole.
  return [...new Set(clauses.flatMap((clause) => [...wordBigrams(clause)]))].filter(
    (pair) => !own.has(pair) && pair.split(' ').some((word) => !FILLER.has(word)),
  );
}

/**
 * Which of several places of a repeated passage the finding's issue text is about: the
 * one whose surroundings share its word pairs ("right after we set k = 2 …"). A pair
 * weighs less the more sentences of the proof hold it, so `the sum` or `sum is` says
 * little; the winner must lead by a whole rare pair. Null when no place stands out:
 * then which one was meant stays a guess.
 */
export function placeByContext(
  prepared: PreparedProof,
  places: Place[],
  context: string,
): number | null {
  const text = prepared.norm.text;
  const clauses = clausesOf(context);
  const pairs = tellingPairs(clauses, text.slice(places[0].start, places[0].end));
  const byPairs = pairs.length > 0 ? placeByPairs(prepared, places, pairs) : null;
  // Whole, the issue text keeps formulas its clause cuts split (`\sqrt{15}/3) x`).
  const whole = normalizeWithMap(context).text.trim();
  return byPairs ?? placeByVerbatim(text, places, [whole, ...clauses]);
}

function placeByPairs(prepared: PreparedProof, places: Place[], pairs: string[]): number | null {
  const text = prepared.norm.text;
  const weight = new Map(
    pairs.map((pair) => [pair, 1 / Math.max(1, sentencesHolding(prepared, pair))]),
  );
  const scores = places.map((p) => {
    const around = wordBigrams(text.slice(Math.max(0, p.start - AROUND), p.end + AROUND));
    return pairs.reduce((sum, pair) => sum + (around.has(pair) ? (weight.get(pair) ?? 0) : 0), 0);
  });
  const order = scores.map((_, k) => k).sort((a, b) => scores[b] - scores[a]);
  const lead = scores[order[0]] - (scores[order[1]] ?? 0);
  return lead >= MIN_LEAD ? order[0] : null;
}

/** The proof lines a normalised range covers. */
function linesOf(prepared: PreparedProof, place: Place) {
  const { starts, ends } = prepared.norm;
  return linesOfSpan(
    prepared.lineStarts,
    starts[place.start],
    ends[Math.max(place.start, place.end - 1)],
  );
}

/**
 * The place to use when a quote fits several equally well (BRIEF §4: "several hits → the
 * one nearest the cited lines, else mark ambiguous"): the cited lines have already ruled
 * out the farther ones, and a rival on the match's own lines changes nothing a person
 * sees; the issue text may pick one of the rest; else the match stands, marked
 * ambiguous, and is shown as approximate.
 */
export function settlePlace(
  prepared: PreparedProof,
  match: Match,
  context: string | undefined,
): Match {
  const own = linesOf(prepared, match);
  const rivals = (match.rivals ?? []).filter((r) => {
    const lines = linesOf(prepared, r);
    return lines.end < own.start || lines.start > own.end;
  });
  if (rivals.length === 0) return match;
  const places: Place[] = [match, ...rivals];
  const chosen =
    context && rivals.length <= MAX_RIVALS ? placeByContext(prepared, places, context) : null;
  if (chosen === null) return { ...match, ambiguous: true };
  const place = places[chosen];
  return { ...match, start: place.start, end: place.end, similarity: place.similarity };
}
