/**
 * A false relation's witness with the values it was found at marked as math, for the finding's
 * description: "at x = 0.206651, a = 2: left 9, right 5" becomes "at \\({x = 0.206651}\\),
 * \\({a = 2}\\): left 9, right 5", so the x there is typeset as the relation's own x is. The
 * witness itself stays plain text (the CLI and the API give it so).
 */
export function witnessWithMath(witness: string): string {
  if (!witness.startsWith('at ')) return witness;
  let rest = witness.slice(3);
  const marked: string[] = [];
  for (let m = ASSIGNMENT.exec(rest); m; m = ASSIGNMENT.exec(rest)) {
    // Braced: KaTeX breaks an inline formula after its "=", which set the value apart from
    // its symbol at a line's end.
    marked.push(`\\({${m[1]} = ${m[2]}}\\)`);
    rest = rest.slice(m[0].length);
    if (!rest.startsWith(', ')) break;
    rest = rest.slice(2);
    // Only more values continue the list; anything else ends it with the comma kept.
    if (!ASSIGNMENT.test(rest)) {
      rest = `, ${rest}`;
      break;
    }
  }
  return marked.length ? `at ${marked.join(', ')}${rest}` : witness;
}

/** One value the witness was found at: a symbol as the text writes it, then a number. */
const ASSIGNMENT = /^([^\s=,:()]+(?:\{[^}]*\})?) = (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?=$|[,:\s])/;
