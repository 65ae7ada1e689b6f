/**
 * A person's search words → an FTS5 query: every word must appear (AND) as the start of a
 * word (so results follow the typing, and "tangent" finds "tangents"), each quoted so nothing
 * typed is read as FTS5 syntax (`-`, `:`, `NEAR`, quotes). Words are runs of letters and digits: LaTeX source
 * is searched by its command and argument words (`\frac{a}{b}` → `frac a b`), as the
 * index's tokenizer splits it. Null when nothing searchable was typed.
 */
export function toFtsQuery(q: string, maxWords = 8): string | null {
  const words = searchWords(q, maxWords);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

/**
 * The same words as a Postgres `to_tsquery('simple', …)` text: each a quoted lexeme matched
 * as a prefix (`:*`), all required (`&`). Words hold letters and digits only, so nothing
 * typed is read as tsquery syntax. Null when nothing searchable was typed.
 */
export function toTsQuery(q: string, maxWords = 8): string | null {
  const words = searchWords(q, maxWords);
  return words.length ? words.map((w) => `'${w}':*`).join(' & ') : null;
}

function searchWords(q: string, maxWords: number): string[] {
  return q.match(/[\p{L}\p{N}]+/gu)?.slice(0, maxWords) ?? [];
}
