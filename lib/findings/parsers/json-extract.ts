/**
 * Finds a JSON value in model output: inside a ```json fence, or the first balanced
 * `{…}`/`[…]` that parses, after any prose. LaTeX written raw inside JSON strings is repaired
 * first: `\frac` would otherwise parse as a form feed + "rac", `\theta` as a tab + "heta",
 * and `\alpha` would not parse at all.
 */

const VALID_ESCAPE = /["\\/bfnrtu]/;
// Backslash commands that start with an escape letter; "\n" is only LaTeX when one of these follows.
const LATEX_AFTER_N =
  /^(?:neq?|nabla|not|notin|nu|neg|ni|nmid|newline|noindent|nleq|ngeq|nsubseteq|nexists)(?![A-Za-z])/;

/** Doubles the backslashes that start LaTeX commands inside JSON string literals. */
export function repairLatexEscapes(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (!inString) {
      if (c === '"') inString = true;
      out += c;
      continue;
    }
    if (c === '"') inString = false;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = json[i + 1] ?? '';
    const rest = json.slice(i + 1, i + 16);
    const latex =
      !VALID_ESCAPE.test(next) ||
      (/[bfrt]/.test(next) && /^[bfrt][A-Za-z]/.test(rest)) ||
      (next === 'n' && LATEX_AFTER_N.test(rest)) ||
      (next === 'u' && !/^u[0-9a-fA-F]{4}/.test(rest));
    out += latex ? '\\\\' : `\\${next}`;
    if (!latex) i++;
  }
  return out;
}

function tryParse(candidate: string): unknown {
  for (const text of [repairLatexEscapes(candidate), candidate]) {
    try {
      return JSON.parse(text);
    } catch {
      // try the next reading
    }
  }
  return undefined;
}

/** The end of the balanced value starting at `start`, skipping brackets inside strings. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

export type FoundJson = { value: unknown; before: string; fenced: boolean };

// Each candidate costs a scan to its closing bracket; a budget keeps junk input linear-ish.
const MAX_CANDIDATES = 40;

/** Every JSON value found, in order, with the prose that precedes it. Stops after `limit`. */
export function findJsonValues(text: string, limit = 20): FoundJson[] {
  const found: FoundJson[] = [];
  for (const fence of text.matchAll(/```(?:json|JSON)?[ \t]*\r?\n([\s\S]*?)```/g)) {
    const value = tryParse(fence[1].trim());
    if (value !== undefined)
      found.push({ value, before: text.slice(0, fence.index).trim(), fenced: true });
  }
  if (found.length) return found;
  let candidates = 0;
  for (let i = 0; i < text.length && found.length < limit && candidates < MAX_CANDIDATES; i++) {
    // A JSON object or array of objects opens with a key or an object: `{"`, `[{`, `[]`.
    if (!/^[{[]\s*["{\]}]/.test(text.slice(i, i + 40))) continue;
    candidates++;
    const end = balancedEnd(text, i);
    if (end === -1) continue;
    const value = tryParse(text.slice(i, end));
    if (value === undefined) continue;
    found.push({ value, before: text.slice(0, i).trim(), fenced: false });
    i = end - 1;
  }
  return found;
}
