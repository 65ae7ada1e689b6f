/**
 * What a prose evaluation quotes from the proof: text in quotation marks, or the formula it
 * points at (`\(…\)`, `\[…\]`, `$…$`, `$$…$$`).
 */

const QUOTED = [/"([^"]{2,800}?)"/g, /“([^”]{2,800}?)”/g, /‘([^’]{2,800}?)’/g];
const MATH = [
  /\\\(([\s\S]{1,800}?)\\\)/g,
  /\\\[([\s\S]{1,1500}?)\\\]/g,
  /\$\$([\s\S]{1,1500}?)\$\$/g,
  // Pandoc's rule, so that "$5 and $10" is not a formula: no space inside the dollars.
  /(?<![$\\])\$(?![\s$])([^$\n]{1,800}?)(?<![\s\\])\$(?![$\d])/g,
];

function longest(texts: string[]): string {
  return texts.reduce((best, t) => (t.length > best.length ? t : best), '');
}

/**
 * The longest span in quotation marks (its inside), else the longest formula (with its
 * delimiters, as the proof writes it), else ''. Quotation marks win: they are what the
 * verifier meant as a quote; a formula is only what it points at.
 */
export function longestQuotedSpan(text: string): string {
  const quoted = QUOTED.flatMap((re) => [...text.matchAll(re)].map((m) => m[1].trim()));
  const quote = longest(quoted.filter((q) => /[\p{L}\p{N}]/u.test(q)));
  if (quote) return quote;
  return longest(MATH.flatMap((re) => [...text.matchAll(re)].map((m) => m[0].trim())));
}

/** The text with quotes and formulas blanked out, so words inside them are not read as verdicts. */
export function withoutQuotedSpans(text: string): string {
  let out = text;
  for (const re of [...MATH, ...QUOTED]) out = out.replace(re, ' QUOTED ');
  return out;
}
