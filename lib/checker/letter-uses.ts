import { type Expr, freeSymbols, isAtom, someNode } from './expr';

/**
 * How the text has used each letter so far: alone, as a number ("BF = d", "-d + …"), or
 * applied to a symbol or a number, as a function ("d(x)", "h(2)"). A letter the text used
 * alone and never so applied is a number in "\\frac{e\\Delta}{d(e^{2}+1)}" pages later, as
 * it is when the same relation uses it alone (`letter-products.ts`).
 */
export class LetterUses {
  private readonly alone = new Set<string>();
  private readonly applied = new Set<string>();

  /** The letters of a relation the text wrote (both sides read). */
  record(lhs: Expr, rhs: Expr): void {
    for (const side of [lhs, rhs]) {
      for (const s of freeSymbols(side)) this.alone.add(s);
      someNode(side, (n) => {
        if (n.k === 'app' && n.args.every(isAtom)) this.applied.add(n.name);
        return false;
      });
    }
  }

  /**
   * Whether the text has used `name` alone and never applied it to a symbol or number. Not
   * a letter with an index: "a_i(-1)^i" in a sum is a sequence's term, which a symbol of
   * one value would misread.
   */
  isNumber(name: string): boolean {
    return !name.includes('_') && this.alone.has(name) && !this.applied.has(name);
  }
}
