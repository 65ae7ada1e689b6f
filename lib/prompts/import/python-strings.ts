/**
 * Reads the string constants of a Python file without running it: top-level
 * `NAME = "..."` assignments and `NAME = {"key": """...""", ...}` dicts whose values are
 * string literals (adjacent literals concatenate, as in Python). Everything else is skipped.
 * Non-raw strings get Python's escape rules, so the text is exactly what Python would send.
 */
export type PythonString = { name: string; value: string; line: number };

type Token =
  | { type: 'string'; value: string; line: number }
  | { type: 'name'; value: string; line: number }
  | { type: 'op'; value: string; line: number };

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** Python's escapes in a non-raw string; an unknown escape keeps its backslash, as Python does. */
export function decodePythonEscapes(body: string): string {
  return body.replace(
    /\\(\n|[\\'"abfnrtv]|[0-7]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|.)/gs,
    (whole, e: string) => {
      if (e === '\n') return '';
      if (e in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[e];
      if (/^[0-7]/.test(e)) return String.fromCodePoint(parseInt(e, 8));
      if (/^[xuU]/.test(e) && e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
      return whole;
    },
  );
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\n') {
      line++;
      i++;
    } else if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (/\s/.test(ch) || ch === '\\') {
      i++;
    } else {
      const str = /^([rRuUbBfF]{0,2})('''|"""|'|")/.exec(source.slice(i, i + 5));
      if (str) {
        const [head, prefix, quote] = str;
        const start = i + head.length;
        let j = start;
        const raw = /r/i.test(prefix);
        while (j < source.length && !source.startsWith(quote, j)) {
          if (source[j] === '\\') j++;
          else if (quote.length === 1 && source[j] === '\n') break;
          j++;
        }
        const body = source.slice(start, j);
        // f-strings and bytes are code or binary, not templates: kept out.
        const value = /[fb]/i.test(prefix) ? null : raw ? body : decodePythonEscapes(body);
        if (value !== null) tokens.push({ type: 'string', value, line });
        else tokens.push({ type: 'op', value: '?', line });
        line += body.split('\n').length - 1;
        i = j + quote.length;
      } else if (/[A-Za-z_]/.test(ch)) {
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))?.[0] ?? ch;
        tokens.push({ type: 'name', value: name, line });
        i += name.length;
      } else {
        tokens.push({ type: 'op', value: ch, line });
        i++;
      }
    }
  }
  return tokens;
}

/** The strings of a Python source, by assignment name or dict key. */
export function readPythonStrings(source: string): PythonString[] {
  const tokens = tokenize(source);
  const found: PythonString[] = [];
  let depth = 0;
  let k = 0;
  /** Adjacent string literals (optionally in parentheses) from k: their joined value. */
  const stringExpr = (): string | null => {
    let open = 0;
    while (tokens[k]?.value === '(' && tokens[k].type === 'op') {
      open++;
      k++;
    }
    let value: string | null = null;
    while (tokens[k]?.type === 'string') value = (value ?? '') + tokens[k++].value;
    for (; open > 0 && tokens[k]?.value === ')'; open--) k++;
    const next = tokens[k];
    // `"...".format(...)`, `"a" + x`, … are code: not a plain string.
    if (open > 0 || (next && next.type === 'op' && !',}'.includes(next.value))) return null;
    return value;
  };
  while (k < tokens.length) {
    const t = tokens[k];
    const assigns =
      t.type === 'name' && tokens[k + 1]?.value === '=' && tokens[k + 2]?.value !== '=';
    if (depth === 0 && assigns) {
      k += 2;
      if (tokens[k]?.value === '{') {
        k++;
        depth++;
        while (k < tokens.length && tokens[k].value !== '}') {
          const key = tokens[k];
          if (key.type === 'string' && tokens[k + 1]?.value === ':') {
            k += 2;
            const value = stringExpr();
            if (value !== null) found.push({ name: key.value, value, line: key.line });
          }
          // Skip to the next entry at this level.
          let nest = 0;
          while (k < tokens.length) {
            const v = tokens[k].value;
            if (tokens[k].type === 'op' && '([{'.includes(v)) nest++;
            if (tokens[k].type === 'op' && ')]}'.includes(v)) {
              if (nest === 0) break;
              nest--;
            }
            k++;
            if (nest === 0 && v === ',' && tokens[k - 1].type === 'op') break;
          }
        }
        k++;
        depth--;
        continue;
      }
      const line = tokens[k]?.line ?? t.line;
      const value = stringExpr();
      if (value !== null) found.push({ name: t.value, value, line });
      continue;
    }
    if (t.type === 'op' && '([{'.includes(t.value)) depth++;
    if (t.type === 'op' && ')]}'.includes(t.value)) depth = Math.max(0, depth - 1);
    k++;
  }
  return found;
}
