/** Small text helpers shared by the report parsers. */

const QUOTE_PAIRS: Record<string, string> = {
  '"': '"',
  '“': '”',
  '„': '“',
  '«': '»',
  '`': '`',
  "'": "'",
};

/** Strips bold markers that wrap a whole value (`**x**`, `__x__`) and dangling `**` at either end. */
export function stripEmphasis(value: string): string {
  let s = value.trim();
  for (let again = true; again; ) {
    const before = s;
    s = s.replace(/^(\*\*|__)([\s\S]*?)\1$/, '$2').trim();
    s = s.replace(/^\*\*\s*|\s*\*\*$/g, '').trim();
    again = s !== before;
  }
  return s;
}

/**
 * Removes the quotation marks around a value when they enclose all of it. `"A" and "B"` keeps
 * its marks (the first one closes early): that is two quotes, not one.
 */
export function unquote(value: string): string {
  const trimmed = value.trim();
  // A closing mark followed by sentence punctuation (`"…".`) still encloses the whole quote.
  const s = /["”»`'][.,;]$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
  const close = QUOTE_PAIRS[s[0]];
  if (!close || s.length < 2) return trimmed;
  const end = s.indexOf(close, 1);
  return end === s.length - 1 ? s.slice(1, -1).trim() : trimmed;
}

/** Collapses a quote-like label value: emphasis, then surrounding quotation marks. */
export function cleanQuote(value: string): string {
  return unquote(stripEmphasis(value));
}

export const MAX_DESCRIPTION_CHARS = 20_000;

/** Caps very long text and says how much was cut, so nothing is dropped silently. */
export function capText(text: string, max = MAX_DESCRIPTION_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\n\n[… report truncated: ${text.length - max} more characters not shown]`;
}

/** Whitespace-insensitive key for comparing two quotes of the same text. */
export function quoteKey(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim().toLowerCase();
}
