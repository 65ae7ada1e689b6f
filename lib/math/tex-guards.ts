/** Longest formula we hand to KaTeX; real display blocks in the corpus stay under 3,000. */
export const MAX_TEX_LENGTH = 20_000;
/** Deepest group nesting we hand to KaTeX; it overflows the stack at roughly 2,000. */
export const MAX_TEX_NESTING = 200;

const OPENERS = /\\(?:left\b|begin\{)|\{/y;
const CLOSERS = /\\(?:right\b|end\{)|\}/y;

/**
 * Cheap checks run before KaTeX so absurd input fails fast with a readable message instead of
 * a stack overflow, and so a stray text-mode delimiter is shown as source. Returns the
 * problem, or null when the formula may be rendered.
 */
export function texGuardError(tex: string): string | null {
  if (tex.length > MAX_TEX_LENGTH) {
    return `Formula too long (${tex.length} characters; limit ${MAX_TEX_LENGTH})`;
  }
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\') {
      const next = tex[i + 1];
      if (next === '(' || next === '[' || next === ')' || next === ']') {
        return `Unclosed or stray math delimiter \\${next}`;
      }
      OPENERS.lastIndex = i;
      CLOSERS.lastIndex = i;
      if (OPENERS.test(tex)) depth++;
      else if (CLOSERS.test(tex)) depth--;
      i++; // the escaped character cannot open or close anything
    } else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth > MAX_TEX_NESTING)
      return `Formula nested too deeply (over ${MAX_TEX_NESTING} levels)`;
  }
  return null;
}
