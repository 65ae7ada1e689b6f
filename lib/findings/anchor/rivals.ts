import { disjoint, distanceToFocus, type Focus, type Match, type Place } from './match';
import { type Hit, scanAll } from './myers-scan';
import { seedWindows } from './seeds';
import { MAX_ERRORS, RIVAL_EDITS } from './thresholds';

/** Ranges longer than this are searched only around verbatim seeds of the pattern. */
const SEEDED_RANGE = 20_000;
/** Shorter patterns have no seeds; scanning for them is cheap (one machine word). */
const SEEDLESS_PATTERN = 16;
/** Past this many, the places are too many for anything to choose between them. */
export const MAX_RIVALS = 20;

/** Non-overlapping places from hits, fewest edits first, none overlapping `taken`. */
function distinctPlaces(hits: Hit[], taken: Place, m: number, focus: Focus): Place[] {
  const places: Place[] = [];
  const sorted = [...hits].sort(
    (a, b) =>
      a.errors - b.errors ||
      distanceToFocus(a.start, a.end, focus) - distanceToFocus(b.start, b.end, focus),
  );
  for (const hit of sorted) {
    if (!disjoint(hit, taken) || places.some((p) => !disjoint(hit, p))) continue;
    places.push({ start: hit.start, end: hit.end, similarity: 1 - hit.errors / m });
    if (places.length > MAX_RIVALS) break;
  }
  return places;
}

/**
 * Other places where a fuzzy-matched pattern fits with at most `slack` edits more, no
 * farther from the cited lines than the match: a passage the proof states twice is found at both,
 * and the quote alone cannot say which one the verifier meant.
 */
export function fuzzyRivals(
  text: string,
  pattern: string,
  match: Match,
  focus: Focus,
  slack = RIVAL_EDITS,
): Place[] {
  const m = pattern.length;
  const errors = Math.round((1 - match.similarity) * m);
  const budget = Math.min(MAX_ERRORS, errors + slack, m - 1);
  const distance = distanceToFocus(match.start, match.end, focus);
  const reach = distance + m + budget;
  const lo = focus ? Math.max(0, focus.start - reach) : 0;
  const hi = focus ? Math.min(text.length, focus.end + reach) : text.length;
  const windows: Array<[number, number]> =
    hi - lo > SEEDED_RANGE && m >= SEEDLESS_PATTERN
      ? seedWindows(text, pattern, lo, hi, budget).windows
      : [[lo, hi]];
  const hits = windows
    .flatMap(([from, to]) => scanAll(text, pattern, budget, from, to))
    .filter((hit) => distanceToFocus(hit.start, hit.end, focus) <= distance);
  return distinctPlaces(hits, match, m, focus);
}
