import { CORPUS_FILES, loadDocuments } from './corpus-documents';

export interface FormulaPool {
  /** Formulas the corpus wrote inline (`\(…\)`, `$…$`), flattened to one line. */
  inline: readonly string[];
  /** Formulas the corpus wrote as displays (`\[…\]`, `$$…$$`), lines kept. */
  display: readonly string[];
}

// Deliberately simple patterns, independent of the tokenizer under test: the pool must not
// inherit the renderer's own idea of where a formula ends.
const INLINE = [/\\\(([\s\S]{1,240}?)\\\)/g, /(?<![\\$])\$([^$\n]{1,240}?)\$(?!\$)/g];
const DISPLAY = [/\\\[([\s\S]{1,1200}?)\\\]/g, /(?<!\\)\$\$([\s\S]{1,1200}?)\$\$/g];

/** Braces balance (escaped ones aside), so a formula is one TeX group sequence. */
function balanced(tex: string): boolean {
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A formula fit to be embedded: no delimiter of its own (it is the thing being delimited),
 * no comment (`%` runs to the end of a line, and the generator moves line ends), no blank
 * line, no line starting with `>` (a quote's marker where the corpus quoted it), braces
 * balanced, and some TeX in it.
 */
function usable(tex: string): boolean {
  return (
    tex.trim().length > 0 &&
    !/\$|\\[()[\]]|%|\n[ \t]*\n|\n[ \t]*>/.test(tex) &&
    /[\\^_=+<>]/.test(tex) &&
    balanced(tex)
  );
}

function collect(text: string, patterns: RegExp[], into: Set<string>, flatten: boolean): void {
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const raw = m[1].trim();
      if (!usable(raw)) continue;
      into.add(
        flatten
          ? raw.replace(/\s*\n\s*/g, ' ')
          : raw
              .split('\n')
              .map((l) => l.trim())
              .join('\n'),
      );
    }
  }
}

let cached: FormulaPool | null = null;

/** Distinct formulas of the whole shared corpus, in a stable order (the seed decides picks). */
export function corpusFormulaPool(): FormulaPool {
  if (cached) return cached;
  const inline = new Set<string>();
  const display = new Set<string>();
  for (const file of CORPUS_FILES) {
    for (const doc of loadDocuments(file)) {
      collect(doc.text, INLINE, inline, true);
      collect(doc.text, DISPLAY, display, false);
    }
  }
  cached = { inline: [...inline].sort(), display: [...display].sort() };
  return cached;
}
