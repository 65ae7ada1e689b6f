import { seededRandom } from '@/test/seeded-random';
import type { Edit } from './tex-edits';

/**
 * How verifiers rewrite the prose they quote: spacing and line breaks, elisions, a few
 * words said differently. Same contract as the TeX edits: null when the edit does not apply.
 */

const unchangedAsNull = (quote: string, out: string) => (out === quote ? null : out);

/** Offsets just after each space: where a quote can be cut or broken. */
function wordStarts(quote: string): number[] {
  return [...quote.matchAll(/\s+/g)].map((m) => (m.index ?? 0) + m[0].length);
}

/**
 * Whitespace and line breaks: all of it collapsed onto one line (and with it the list
 * markers, heading marks and quote marks that start lines), a line broken at a space,
 * or spaces added or removed around `=`, `+`, `<`, `>`.
 */
export const respace: Edit = (quote, pick) => {
  switch (pick % 4) {
    case 0:
      return unchangedAsNull(quote, quote.replace(/\s+/g, ' '));
    case 1: {
      const starts = wordStarts(quote);
      if (starts.length === 0) return null;
      const at = starts[Math.floor(pick / 4) % starts.length];
      return `${quote.slice(0, at).trimEnd()}\n${' '.repeat(pick % 3)}${quote.slice(at)}`;
    }
    case 2: {
      const tight = quote.replace(/ *([=+<>]) */g, '$1');
      return unchangedAsNull(quote, tight !== quote ? tight : quote.replace(/([=+<>])/g, ' $1 '));
    }
    default: {
      const flat = quote
        .replace(/(^|\n)[ \t]*(?:#{1,6}|>|[-*+]|\d{1,2}[.)])[ \t]+/g, '$1')
        .replace(/\s+/g, ' ');
      return unchangedAsNull(quote, flat);
    }
  }
};

/** Chars each fragment kept around an elision has at least. */
const MIN_KEPT = 12;
const ELLIPSES = [' ... ', '...', ' … ', ' [...] ', '… '];

/**
 * `...` or `…` where the verifier left text out: once or twice inside the quote, or marks
 * at its ends (which elide nothing of the quoted passage itself).
 */
export const elide: Edit = (quote, pick) => {
  const random = seededRandom(pick);
  const mark = ELLIPSES[Math.floor(random() * ELLIPSES.length)];
  // Verifiers elide between fragments that still say something (a few words each).
  const starts = wordStarts(quote).filter(
    (at) =>
      quote.slice(0, at).trim().length >= MIN_KEPT && quote.slice(at).trim().length >= MIN_KEPT,
  );
  const variant = Math.floor(random() * 4);
  if (variant === 3 || starts.length < 2 || quote.length < 40) {
    const ends = Math.floor(random() * 3);
    return `${ends !== 1 ? '... ' : ''}${quote}${ends !== 0 ? ' ...' : ''}`;
  }
  const cuts = variant === 2 && starts.length >= 4 ? 2 : 1;
  const chosen = new Set<number>();
  while (chosen.size < 2 * cuts) chosen.add(starts[Math.floor(random() * starts.length)]);
  const at = [...chosen].sort((a, b) => a - b);
  // The fragment kept between two elisions must say something too.
  if (cuts === 2 && quote.slice(at[1], at[2]).trim().length < MIN_KEPT) at.splice(1, 2);
  let out = quote.slice(0, at[0]).trimEnd() + mark;
  for (let k = 1; k < at.length; k += 2) {
    out += quote.slice(at[k], at[k + 1] ?? quote.length).trim();
    if (k + 1 < at.length) out += mark;
  }
  return out.replace(/ {2,}/g, ' ');
};

/** Words verifiers swap for one another when quoting from memory. */
const SYNONYMS = [
  ['hence', 'thus', 'therefore', 'so'],
  ['since', 'because'],
  ['show', 'prove'],
  ['shows', 'proves'],
  ['implies', 'gives', 'yields'],
  ['obtain', 'get', 'have'],
  ['suppose', 'assume'],
  ['consider', 'take'],
  ['clearly', 'obviously'],
  ['any', 'every'],
  ['follows', 'holds'],
  ['positive', 'nonnegative'],
  ['integer', 'number'],
  ['must', 'should'],
  ['each', 'every'],
];
const ARTICLES = new Set(['the', 'a', 'an']);
const GROUP = new Map<string, string[]>();
for (const group of SYNONYMS) for (const word of group) GROUP.set(word, group);

/** Inside `$…$` or `\(…\)` words are variables, not prose. */
function insideMath(quote: string, at: number): boolean {
  const before = quote.slice(0, at);
  const dollars = (before.match(/(?<!\\)\$/g) ?? []).length;
  const opens = (before.match(/\\[([]/g) ?? []).length;
  const closes = (before.match(/\\[)\]]/g) ?? []).length;
  return dollars % 2 === 1 || opens > closes;
}

/** 1–3 words said differently: a synonym swapped in or an article dropped. */
export const paraphrase: Edit = (quote, pick) => {
  const places = [...quote.matchAll(/(?<![\\\w])[A-Za-z]+(?!\w)/g)].filter((m) => {
    const word = m[0].toLowerCase();
    const at = m.index ?? 0;
    // An article stands between prose words; `a` in `(a-a)` is a variable.
    const prose =
      (at === 0 || /[A-Za-z]{2,} $/.test(quote.slice(Math.max(0, at - 12), at))) &&
      /^ [A-Za-z]{3,}/.test(quote.slice(at + m[0].length));
    return (GROUP.has(word) || (ARTICLES.has(word) && prose)) && !insideMath(quote, at);
  });
  if (places.length === 0) return null;
  const random = seededRandom(pick);
  const count = 1 + Math.floor(random() * 3);
  const chosen = new Set<number>();
  for (let k = 0; k < count; k++) chosen.add(Math.floor(random() * places.length));
  let out = quote;
  for (const k of [...chosen].sort((a, b) => b - a)) {
    const m = places[k];
    const at = m.index ?? 0;
    const word = m[0].toLowerCase();
    const group = GROUP.get(word);
    let swap = '';
    if (group) {
      const others = group.filter((w) => w !== word);
      swap = others[Math.floor(random() * others.length)];
      if (m[0][0] !== m[0][0].toLowerCase()) swap = swap[0].toUpperCase() + swap.slice(1);
      out = out.slice(0, at) + swap + out.slice(at + m[0].length);
    } else {
      // Dropping an article also drops the space after it.
      out = out.slice(0, at) + out.slice(at + m[0].length).replace(/^\s+/, '');
    }
  }
  return unchangedAsNull(quote, out);
};
