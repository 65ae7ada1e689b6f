/**
 * `xs.map(f)`, always as a packed array. TurboFan's inlined `Array.prototype.map` makes a
 * holey array where the interpreter's makes a packed one, so a list read in hot code came
 * in two hidden classes depending on whether its maker was optimised yet, and the reader's
 * optimised code was thrown away (a "wrong map" deopt) each time the other one turned up.
 * Pushing into a literal keeps one kind whoever builds the list: the checker's argument lists
 * and a formula's sides are built by this, by pushing, or as literals.
 */
export function packedMap<T, U>(xs: readonly T[], f: (x: T) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]));
  return out;
}
