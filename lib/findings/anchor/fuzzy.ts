import { compareMatches, type Focus, type Match } from './match';
import { scan } from './myers-scan';
import { seedWindows } from './seeds';
import { confidentSimilarity, errorBudget } from './thresholds';

/** Patterns longer than this are located by their head or tail first, then verified whole. */
const LONG_PATTERN = 256;
const PROBE = 120;
/** Ranges longer than this are first searched only where the pattern's seeds occur. */
const SEEDED_RANGE = 20_000;

type Scanner = (pattern: string, maxErrors: number, focus: Focus) => Match | null;

function bestAround(
  text: string,
  pattern: string,
  maxErrors: number,
  windows: Array<[number, number]>,
  focus: Focus,
) {
  let best: Match | null = null;
  for (const [lo, hi] of windows) {
    const found = scan(text, pattern, maxErrors, lo, hi, focus);
    if (found && (!best || compareMatches(found, best, focus) < 0)) best = found;
  }
  return best;
}

/**
 * Every place in text[from, to) is considered. On long ranges (100k-char proofs) the places
 * around verbatim seeds of the pattern go first, and a confident match there ends the search;
 * only otherwise is the whole range scanned.
 */
function everywhere(text: string, from: number, to: number): Scanner {
  return (pattern, maxErrors, focus) => {
    if (to - from > SEEDED_RANGE) {
      const { windows } = seedWindows(text, pattern, from, to, maxErrors);
      const best = bestAround(text, pattern, maxErrors, windows, focus);
      if (best && best.similarity >= confidentSimilarity(pattern.length)) return best;
    }
    return scan(text, pattern, maxErrors, from, to, focus);
  };
}

/** Only places around verbatim seeds of the pattern: cheap, but may miss heavy rewrites. */
function nearSeeds(text: string, from: number, to: number): Scanner {
  return (pattern, maxErrors, focus) =>
    bestAround(
      text,
      pattern,
      maxErrors,
      seedWindows(text, pattern, from, to, maxErrors).windows,
      focus,
    );
}

/**
 * Best match of `pattern` at similarity ≥ `minSimilarity`. Long patterns would make the
 * search slow, so their first or last 120 chars find the place (at the confident level) and
 * the whole pattern is then checked only there, with its full error budget.
 */
function matchWith(
  find: Scanner,
  text: string,
  pattern: string,
  minSimilarity: number,
  focus: Focus,
) {
  const m = pattern.length;
  if (m <= LONG_PATTERN) return find(pattern, errorBudget(m, minSimilarity), focus);
  const budget = Math.floor(m * (1 - minSimilarity) + 1e-9);
  const probeBudget = errorBudget(PROBE, confidentSimilarity(PROBE));
  const head = find(pattern.slice(0, PROBE), probeBudget, focus);
  const found =
    head && scan(text, pattern, budget, head.start - budget, head.start + m + budget, focus);
  if (found) return found;
  const tail = find(pattern.slice(-PROBE), probeBudget, focus);
  return tail && scan(text, pattern, budget, tail.end - m - budget, tail.end + budget, focus);
}

/** Best match at similarity ≥ `minSimilarity` anywhere in text[from, to). */
export function fuzzyMatch(
  text: string,
  pattern: string,
  minSimilarity: number,
  from: number,
  to: number,
  focus: Focus,
) {
  return matchWith(everywhere(text, from, to), text, pattern, minSimilarity, focus);
}

/**
 * Best match at similarity ≥ `minSimilarity` near verbatim seeds of the pattern. Used for the
 * approximate tier across a whole proof, where a full scan with a 40% error budget costs
 * several times more than one at the confident level; paraphrases it misses are left to
 * the word-pair fallback.
 */
export function fuzzyMatchNearSeeds(
  text: string,
  pattern: string,
  minSimilarity: number,
  from: number,
  to: number,
  focus: Focus,
) {
  return matchWith(nearSeeds(text, from, to), text, pattern, minSimilarity, focus);
}
