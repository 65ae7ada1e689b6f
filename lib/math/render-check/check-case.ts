import katex from 'katex';
import { katexOptions } from '../katex-options';
import { prepareTex } from '../prepare-tex';
import { renderTex } from '../render-tex';
import type { EmbeddedFormula, GeneratedCase } from './markdown-contexts';
import { renderedMath } from './rendered-math';

/**
 * A formula compared by what it says: whitespace (line wraps, indentation) does not count,
 * `\(…\)` nested in text reads as `$…$`, and punctuation after a display belongs to it.
 */
function comparable(tex: string, display: boolean): string {
  const kind = display ? 'display' : 'inline';
  const flat = tex
    .replace(/\\[()]/g, '$')
    .replace(/\s+/g, '')
    .replace(/[.,;:]+$/, '');
  return `${kind} ${flat}`;
}

const alone = new Map<string, boolean>();

/** Whether KaTeX itself, given the formula as written and nothing else, rejects it. */
function errsAlone(f: EmbeddedFormula): boolean {
  const key = `${f.display}${f.tex}`;
  let errs = alone.get(key);
  if (errs === undefined) {
    try {
      katex.renderToString(f.tex, katexOptions(f.display));
      errs = false;
    } catch {
      errs = true;
    }
    alone.set(key, errs);
  }
  return errs;
}

/**
 * What is wrong with how `MathMarkdown` shows a generated case, or [] when nothing is: each
 * embedded formula must be rendered exactly once, as math, in order; none may fail in KaTeX
 * unless it fails alone; and no delimiter or command may be left in the visible text.
 */
export function checkCase(c: GeneratedCase): string[] {
  const { math, leftovers } = renderedMath(c.markdown, c.view);
  const problems: string[] = [];
  const want = c.formulas.map((f) => comparable(prepareTex(f.tex, f.display), f.display));
  const got = math.map((f) => comparable(f.tex, f.display));
  if (want.join('\n') !== got.join('\n')) {
    problems.push(
      `formulas differ:\n  want ${want.join('\n       ')}\n  got  ${got.join('\n       ')}`,
    );
  }
  math.forEach((f, i) => {
    const result = renderTex(f.tex, f.display);
    const source = c.formulas[i];
    if ('error' in result && !(source && errsAlone(source)))
      problems.push(`KaTeX error (${result.error}) in: ${f.tex}`);
  });
  for (const shown of leftovers) problems.push(`visible TeX: …${shown}…`);
  return problems;
}
