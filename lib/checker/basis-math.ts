/**
 * What a relation that holds through earlier lines rests on, with its formulas marked as math
 * for a person to read: "follows from A_n = 1+3^{20M} (line 12), d = 4M (line 41)" becomes
 * "follows from \\(A_n = 1+3^{20M}\\) (line 12), \\(d = 4M\\) (line 41)". The checker writes
 * its bases as plain text (the CLI and the API give them so); the findings list renders them.
 */
export function basisWithMath(basis: string): string {
  return basis.split('; ').map(clauseWithMath).join('; ');
}

const math = (tex: string) => (tex.trim() ? `\\(${tex.trim()}\\)` : tex);

/** The words a basis starts with, before the formulas it names. */
const LEAD = /^(follows from|holds with the coordinates of|holds with|instance of)\s+/;
/** "follows from line 4 with y = 0": an equation specialised, by its line. */
const SPECIALISED = /^(follows from line \d+)(?: with (.+))?$/;
/** Where a formula named by its line ends. */
const LINE = / \(line \d+\)/;

function clauseWithMath(clause: string): string {
  const specialised = SPECIALISED.exec(clause);
  if (specialised)
    return specialised[2] ? `${specialised[1]} with ${math(specialised[2])}` : clause;
  const lead = LEAD.exec(clause);
  const rest = lead ? clause.slice(lead[0].length) : clause;
  // Prose the checker adds about how it read the claim ("read with letters the text defined
  // as numbers multiplied", "an identity in any sequence a"): no formula to mark.
  if (!lead && !LINE.test(rest)) return clause;
  return (lead?.[0] ?? '') + itemsWithMath(rest);
}

/** "A (line 12), B (line 41) at n = 10", or formulas named by no line ("v_{2}(2) = 1"). */
function itemsWithMath(rest: string): string {
  if (!LINE.test(rest)) return math(rest);
  let out = '';
  let left = rest;
  for (let m = LINE.exec(left); m; m = LINE.exec(left)) {
    const before = left.slice(0, m.index);
    const comma = /^,\s*/.exec(before)?.[0] ?? '';
    out += comma + math(before.slice(comma.length)) + m[0];
    left = left.slice(m.index + m[0].length);
  }
  // What an instance was taken at: "at n = 10", "at x = 0, y = 1".
  const at = /^ at (.+)$/.exec(left);
  return out + (at ? ` at ${math(at[1])}` : left);
}
