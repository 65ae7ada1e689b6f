import { prepareTex } from '../math/prepare-tex';
import { texGuardError } from '../math/tex-guards';
import type { CheckerFinding } from '../schemas/checker';
import type { ProofFormula, StrayDelimiter } from './formulas';
import type { FormulaTrees } from './katex-tree';
import { PLAIN_TEX } from './plain-tex';

/** Formulas KaTeX cannot render after the preview's own normalisation, each on its lines. */
export function renderFailures(
  formulas: readonly ProofFormula[],
  trees: FormulaTrees,
): CheckerFinding[] {
  const out: CheckerFinding[] = [];
  for (const f of formulas) {
    const error = renderError(prepareTex(f.tex, f.display), f.display, trees);
    if (!error) continue;
    const text = f.tex.trim();
    out.push({
      check: 'tex',
      severity: 'minor',
      category: 'notation',
      startLine: f.startLine,
      endLine: f.endLine,
      text,
      description: `This formula does not render: ${error}.`,
    });
  }
  return out;
}

/**
 * Why KaTeX would refuse the formula the preview hands it, or null. Parsing is the step
 * that fails (building HTML from a parsed tree does not), so the checker parses only:
 * rendering every formula would cost ten times as much.
 */
function renderError(tex: string, display: boolean, trees: FormulaTrees): string | null {
  const guard = texGuardError(tex);
  if (guard) return guard;
  if (PLAIN_TEX.test(tex)) return null;
  try {
    trees.parse(tex, display);
    return null;
  } catch (err) {
    if (err instanceof RangeError) return 'Formula too complex to render (nesting too deep)';
    const message = err instanceof Error ? err.message : String(err);
    return message.replace(/( at position \d+):[\s\S]*$/, '$1').replace(/^KaTeX parse error: /, '');
  }
}

/** Math delimiters with no partner (`\(` never closed, a stray `\]`). */
export function unbalancedDelimiters(strays: readonly StrayDelimiter[]): CheckerFinding[] {
  return strays.map((s) => ({
    check: 'tex',
    severity: 'minor',
    category: 'notation',
    startLine: s.line,
    endLine: s.line,
    text: s.value,
    description: `Unbalanced math delimiter \`${s.value}\`: it has no partner, so the math around it is misread.`,
  }));
}
