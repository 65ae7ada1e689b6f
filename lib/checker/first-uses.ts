import type { ProofFormula } from './formulas';

/** A command (`\rho`) or a single letter, as a symbol's name starts. */
const NAME_START = /\\[a-zA-Z]+|[A-Za-z]/g;

/** The letter or command a symbol's name starts with: `x` of `x_{2}`, `\rho` of `\rho`. */
function baseOf(name: string): string {
  const m = /^(\\[a-zA-Z]+|[A-Za-z])/.exec(name);
  return m ? m[1] : name;
}

/** The formula a letter is first written in, and where in its TeX. */
interface FirstUse {
  fi: number;
  offset: number;
}

/**
 * Where each letter first appears among a proof's formulas. "S = (d^2+1)(e^2+1)" as the
 * first formula with an S in it introduces S: the equation is its definition, though no
 * "let" comes before it. A letter the text used before (or that its problem named and an
 * earlier formula wrote) has no first use here. Every letter of a formula counts, words in
 * `\text{…}` included, so a doubt always falls on "used before".
 */
export class FirstUses {
  private first?: Map<string, FirstUse>;

  constructor(private readonly formulas: readonly ProofFormula[]) {}

  /**
   * Whether formula `fi` is the first to write the letter `name` starts with, and writes it
   * first between offsets `from` and `to` of its TeX (the equation's left side).
   */
  introduces(name: string, fi: number, from: number, to: number): boolean {
    const at = this.index().get(baseOf(name));
    return at !== undefined && at.fi === fi && at.offset >= from && at.offset < to;
  }

  private index(): Map<string, FirstUse> {
    if (this.first) return this.first;
    const first = new Map<string, FirstUse>();
    for (let fi = 0; fi < this.formulas.length; fi++)
      for (const m of this.formulas[fi].tex.matchAll(NAME_START))
        if (!first.has(m[0])) first.set(m[0], { fi, offset: m.index });
    this.first = first;
    return first;
  }
}
