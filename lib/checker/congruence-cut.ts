/** Congruences read `=` modulo something: the checker does not judge them. */
const CONGRUENCE = /\\(equiv|pmod|bmod|mod|pod)(?![a-zA-Z])/;

/**
 * Where a formula's relations stop being exact: at its first congruence sign. What comes
 * before a first `\\equiv` ("b = 2^{a}+2 \\equiv 1 \\pmod{a-1}") is an equation of numbers;
 * after it, or in a formula whose first sign is `\\pmod` or `\\bmod`, `=` may mean "congruent".
 */
export function exactBefore(tex: string): number {
  const at = tex.search(CONGRUENCE);
  if (at < 0) return Number.POSITIVE_INFINITY;
  return tex.startsWith('\\equiv', at) ? at : -1;
}
