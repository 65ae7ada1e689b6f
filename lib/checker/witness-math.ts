/**
 * A false relation's witness with the values it was found at marked as math, for the finding's
 * description: "at x = 0.206651, a = 2: left 9, right 5" becomes "at \\({x = 0.206651}\\),
 * \\({a = 2}\\): left 9, right 5", so the x there is typeset as the relation's own x is. The
 * witness itself stays plain text (the CLI and the API give it so).
 */
export function witnessWithMath(witness: string): string {
  const values = VALUES.exec(witness);
  if (!values) return witness;
  // Braced: KaTeX breaks an inline formula after its "=", which set the value apart from its
  // symbol at a line's end.
  const marked = values[1].split(', ').map((v) => `\\({${v}}\\)`);
  return `at ${marked.join(', ')}${witness.slice(values[0].length)}`;
}

/** One value the witness was found at: a symbol as the text writes it, then a number. */
const VALUE = String.raw`[^\s=,:()]+ = -?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?=$|[,:\s])`;
/** The values after "at ", up to what follows them (a colon, a domain, "where …"). */
const VALUES = new RegExp(`^at (${VALUE}(?:, ${VALUE})*)`);
