import { BINARY_COMMANDS, GLUE_COMMANDS, SYMBOL_COMMANDS } from './bare-math-commands';
import { matchBrace } from './tex-scan';
import type { Token } from './tokens';

const TRIGGER = /\\([a-zA-Z]+)/g;
const COMMAND = /\\([a-zA-Z]+|[,;:! {}|])/y;
const NUMBER = /\d+(?:\.\d+)?/y;
/** A lone letter: not part of a word, so `x` qualifies and `and` does not. */
const LETTER = /[a-zA-Z](?![a-zA-Z])'*/y;
const OPERATOR = /[-+=<>*/|!]/y;
/** Operators a run may not end with: `\mathbb{Z}-module` keeps its hyphen in the prose. */
const BINARY_OPERATOR = /^[-+=<>*/]$/;
/** Longest bare formula considered; the longest in the corpus is under 400 characters. */
const MAX_RUN = 600;
const SIZED_OPEN = /^\\left(?![a-zA-Z])/;
const SIZED_CLOSE = /^\\right(?![a-zA-Z])/;
/** One operand just before a relation: `2025 `, `n `, `f(x) `, `a_1 `. */
const LEFT_OPERAND =
  /(?:^|(?<=[\s(]))(?:\d+(?:\.\d+)?|[a-zA-Z](?:\([a-zA-Z0-9,+-]{1,12}\))?(?:[_^](?:\{[^{}\n]{1,20}\}|[a-zA-Z0-9]))?'*)[ \t]?$/;

const isMathCommand = (name: string) =>
  BINARY_COMMANDS.has(name) || SYMBOL_COMMANDS.has(name) || GLUE_COMMANDS.has(name);

/**
 * Finds math commands written in prose without delimiters (`\mathbb{N}`, `2025 \times 2025`)
 * and turns each maximal unambiguous run into inline math. A run holds only commands known to
 * be math, their brace arguments, scripts, numbers, lone letters and operators; a word, a
 * comma or a line break ends it.
 */
export function splitBareMath(text: string): Token[] {
  if (!text.includes('\\')) return [{ kind: 'text', value: text }];
  const tokens: Token[] = [];
  let textStart = 0;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const name = m[1];
    if (!BINARY_COMMANDS.has(name) && !SYMBOL_COMMANDS.has(name)) continue;
    if (m.index > 0 && text[m.index - 1] === '\\') continue;
    let start = m.index;
    if (BINARY_COMMANDS.has(name)) {
      const from = Math.max(textStart, start - 40);
      const left = LEFT_OPERAND.exec(text.slice(from, start));
      // A match at the cut of a 40-character window may be the tail of a longer word.
      if (left && (left.index > 0 || from === textStart)) start -= left[0].length;
    }
    const end = runEnd(text, m.index);
    // Not even the command parses (`\frac` with an unclosed argument): leave it as source.
    if (end === m.index) continue;
    if (start > textStart) tokens.push({ kind: 'text', value: text.slice(textStart, start) });
    tokens.push({ kind: 'math', tex: text.slice(start, end).trim(), display: false });
    textStart = end;
    TRIGGER.lastIndex = end;
  }
  if (textStart < text.length) tokens.push({ kind: 'text', value: text.slice(textStart) });
  return tokens;
}

/**
 * End of the math run starting at `i`. The run may only end where its parentheses and
 * `\left`/`\right` pairs balance and not on an operator, so trailing `-` or an unmatched
 * `\right)` stays in the prose instead of producing a formula KaTeX rejects.
 */
function runEnd(text: string, i: number): number {
  let end = i;
  let at = i;
  // Bounded so that text like `\alpha (\alpha (…` cannot make the scan quadratic.
  const limit = Math.min(text.length, i + MAX_RUN);
  let parens = 0;
  let sized = 0;
  while (at < limit) {
    const nested = parens > 0 || sized > 0;
    const step = text[at] === ',' && nested ? at + 1 : atomEnd(text, at);
    if (step === -1) break;
    const atom = text.slice(at, step);
    if (atom === '(') parens++;
    else if (atom === ')' && --parens < 0) break;
    else if (SIZED_OPEN.test(atom)) sized++;
    else if (SIZED_CLOSE.test(atom) && --sized < 0) break;
    at = step;
    if (parens === 0 && sized === 0 && !BINARY_OPERATOR.test(atom) && atom !== ',') end = at;
    while (text[at] === ' ' || text[at] === '\t') at++;
  }
  return end;
}

/** End of one math atom at `i`, or -1 when the text there is prose. */
function atomEnd(text: string, i: number): number {
  const ch = text[i];
  if (ch === '{') return matchBrace(text, i, Math.min(text.length, i + 200));
  if (ch === '^' || ch === '_') {
    const arg = atomEnd(text, i + 1);
    return arg === -1 ? -1 : arg;
  }
  if (ch === '(' || ch === ')') return i + 1;
  for (const re of [NUMBER, LETTER, OPERATOR]) {
    re.lastIndex = i;
    if (re.test(text)) return re.lastIndex;
  }
  COMMAND.lastIndex = i;
  const cmd = COMMAND.exec(text);
  if (!cmd || (cmd[1].length > 1 && !isMathCommand(cmd[1]))) return -1;
  let end = COMMAND.lastIndex;
  if (cmd[1] === 'left' || cmd[1] === 'right') end += text[end] === '\\' ? 2 : 1;
  // Arguments follow a command directly: `\frac{a}{b}`, `\sqrt[3]{x}`.
  if (text[end] === '[' && cmd[1] === 'sqrt') end = text.indexOf(']', end) + 1 || end;
  while (text[end] === '{') {
    const close = matchBrace(text, end, Math.min(text.length, end + 200));
    if (close === -1) return -1;
    end = close;
  }
  return end;
}
