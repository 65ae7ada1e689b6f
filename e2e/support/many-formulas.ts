/** One paragraph of the proof: how many formulas it holds, and its text given the first number. */
type Pattern = { formulas: number; text: (n: number) => string };

const PATTERNS: Pattern[] = [
  // Inline math wrapped onto an indented line; bold math; a hard break (two spaces).
  {
    formulas: 2,
    text: (n) =>
      `Let \\(x_{${n}} +\n        y\\) be given, and **$z_{${n + 1}}$** holds.  \nso the claim follows.`,
  },
  // Gemini's items: `*   **Case n.**`, a continuation paragraph indented by four spaces.
  {
    formulas: 2,
    text: (n) =>
      `*   **Case ${n}.** We have \\(a_{${n}}\n    + b\\) here.\n\n    Continuing, \\[ c_{${n + 1}} = \\frac{1}{2} \\] and so on.`,
  },
  // A display opened and closed mid-line, `\(k\)` and emphasis inside its `\text{}`; two `$$`
  // blocks with no blank line between them.
  {
    formulas: 3,
    text: (n) =>
      `Hence \\[ w_{${n}} \\text{ for all \\(k\\) with *odd* terms} \\] Next,\n$$\nd_{${n + 1}} = 1\n$$\n$$\ne_{${n + 2}} = 2\n$$`,
  },
  { formulas: 1, text: (n) => `Then \\(g_{${n}}\\) closes the step.` },
];

/**
 * A proof with exactly `count` formulas, each carrying its own number as a subscript
 * (`x_{17}`), in the contexts models write and renderers used to break.
 */
export function manyFormulaProof(count: number): string {
  const paragraphs: string[] = [];
  let n = 1;
  for (let k = 0; n <= count; k++) {
    const fits = PATTERNS.filter((p) => n + p.formulas - 1 <= count);
    const pattern = fits[k % fits.length];
    paragraphs.push(pattern.text(n));
    n += pattern.formulas;
  }
  return paragraphs.join('\n\n');
}

/** The number a formula of `manyFormulaProof` carries, read from its TeX. */
export function formulaNumber(tex: string): number | null {
  const m = /^\s*[a-z]_\{(\d+)\}/.exec(tex);
  return m ? Number(m[1]) : null;
}
