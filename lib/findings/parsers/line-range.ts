import type { LineRange } from '@/lib/schemas/findings';

const PREFIXED =
  /\bL(?:ines?)?[ \t]*0*(\d{1,6})(?:[ \t]*(?:-+|–|—|to|through|\.\.)[ \t]*L?0*(\d{1,6}))?/gi;
const BARE = /0*(\d{1,6})(?:[ \t]*(?:-+|–|—|to|through|\.\.)[ \t]*0*(\d{1,6}))?/g;
// A value with nothing but numbers and separators ("12-14", "12, 15", "lines 3 and 5").
const ONLY_NUMBERS = /^[\s\d,;&.\-–—]*$/;

/**
 * Reads cited lines: `L12-L14`, `L12–14`, `L12`, `12-14`, `L012`, `L12, L15`, `lines 3 to 5`.
 * Several references become one range from the first to the last line. Bare numbers are only
 * trusted when the value holds nothing else ("see Lemma 2" is not line 2). Null for `none`,
 * `whole proof` and anything unreadable.
 */
export function parseLineRange(value: string): LineRange | null {
  const numbers: number[] = [];
  const hasPrefixed = /\bL0*\d/i.test(value); // "L12" style; "lines 3 and 7" reads as plain
  const plain = value.replace(/\blines?\b/gi, '').trim();
  const separatorsOnly = plain.replace(/\b(?:and|to|through)\b/gi, ' ');
  if (!hasPrefixed && !(plain && ONLY_NUMBERS.test(separatorsOnly))) return null;
  for (const match of (hasPrefixed ? value : plain).matchAll(hasPrefixed ? PREFIXED : BARE)) {
    numbers.push(Number(match[1]));
    if (match[2]) numbers.push(Number(match[2]));
  }
  if (numbers.length === 0) return null;
  const start = Math.min(...numbers);
  const end = Math.max(...numbers);
  return start >= 1 ? { start, end } : null;
}
