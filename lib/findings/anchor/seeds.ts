import { GRAM, gramHits, gramIndexFor } from './gram-index';

/** Seeds are pieces of the pattern looked up verbatim to find where a close match may be. */
const SEED_CHARS = GRAM;
/** Texts longer than this get an index of their 8-char pieces; shorter ones use indexOf. */
const INDEXED_TEXT = 20_000;
const SEED_COUNT = 8;
/** Past this many candidate places the seeds are too common to save anything. */
const MAX_WINDOWS = 48;

/**
 * Ranges of text[from, to) that could hold a close match of `pattern`: around every verbatim
 * occurrence of one of its seeds, widened by `slack` edits. `complete` is false when the
 * pattern is too short to seed or its seeds occur too often to list every place.
 */
export function seedWindows(
  text: string,
  pattern: string,
  from: number,
  to: number,
  slack: number,
): { windows: Array<[number, number]>; complete: boolean } {
  const m = pattern.length;
  if (m < 2 * SEED_CHARS) return { windows: [], complete: false };
  const step = (m - SEED_CHARS) / (SEED_COUNT - 1);
  const windows: Array<[number, number]> = [];
  for (let s = 0; s < SEED_COUNT; s++) {
    const at = Math.round(s * step);
    const seed = pattern.slice(at, at + SEED_CHARS);
    for (const hit of seedHits(text, seed, from, to)) {
      windows.push([Math.max(from, hit - at - slack), Math.min(to, hit - at + m + slack)]);
      if (windows.length >= MAX_WINDOWS) return { windows: mergeRanges(windows), complete: false };
    }
  }
  return { windows: mergeRanges(windows), complete: true };
}

/** Each search call costs about as much as scanning ~1,500 chars, so near ranges are joined. */
const JOIN_GAP = 1_500;

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + JOIN_GAP) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Occurrences of `seed` starting in [from, to). */
function seedHits(text: string, seed: string, from: number, to: number): number[] {
  if (text.length > INDEXED_TEXT) {
    return gramHits(gramIndexFor(text), seed).filter((hit) => hit >= from && hit < to);
  }
  const hits: number[] = [];
  for (
    let hit = text.indexOf(seed, from);
    hit >= 0 && hit < to;
    hit = text.indexOf(seed, hit + 1)
  ) {
    hits.push(hit);
    if (hits.length >= MAX_WINDOWS) break;
  }
  return hits;
}
