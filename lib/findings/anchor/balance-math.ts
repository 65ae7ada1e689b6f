/** Unescaped `$` signs in text[start, end). */
function dollarsIn(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (text[i] === '$' && text[i - 1] !== '\\') count++;
  return count;
}

/**
 * Widens a span by a math delimiter it cuts in half (`$x^2 \ge 0` → `$x^2 \ge 0$`), so the
 * highlighted text renders as the math it is. Normalisation drops delimiters, so a match
 * can start or stop just inside them; this puts back at most one on each side.
 */
export function balanceMath(text: string, startOffset: number, endOffset: number) {
  let start = startOffset;
  let end = endOffset;
  if (dollarsIn(text, start, end) % 2 === 1) {
    if (text[end] === '$') end++;
    else if (start > 0 && text[start - 1] === '$' && text[start - 2] !== '\\') start--;
  }
  const slice = text.slice(start, end);
  const opens = (slice.match(/\\[([]/g) ?? []).length;
  const closes = (slice.match(/\\[)\]]/g) ?? []).length;
  if (opens > closes && /^\\[)\]]/.test(text.slice(end, end + 2))) end += 2;
  if (closes > opens && /\\[([]$/.test(text.slice(Math.max(0, start - 2), start))) start -= 2;
  return { startOffset: start, endOffset: end };
}
