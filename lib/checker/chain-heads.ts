import type { Expr } from './expr';
import type { RelationOp } from './relations';

/** What a chain of equations says of its first side: "L = |w|^2 = … = k + 1 - 2d" gives L = k + 1 - 2d. */
export interface ChainEquation {
  lhs: Expr;
  rhs: Expr;
  text: string;
}

/**
 * The first side of each chain of equations in one formula, so a later claim can use what the
 * chain ends with: "L = |w|^2 = \\delta^2 + h^2 = k + 1 - 2d" makes L equal to each side after
 * it, and later lines use L = k + 1 - 2d. A chain stops giving equations at its first link
 * that is not an equation, cannot be read, or is false.
 */
export class ChainHeads {
  private readonly heads = new Map<number, Head | null>();

  /**
   * After a link is judged: the equation from its chain's first side to this link's right
   * side, when the link is not the chain's first (that one is recorded as it is). `textOf`
   * gives a side's LaTeX as written, asked only for a link that can give an equation.
   */
  link(
    chainId: number,
    op: RelationOp,
    sides: readonly [Expr | string, Expr | string],
    textOf: (side: 'lhs' | 'rhs') => string,
    holds: boolean,
  ): ChainEquation | null {
    const [lhs, rhs] = sides;
    const sound = op === '=' && holds && typeof lhs !== 'string' && typeof rhs !== 'string';
    if (!this.heads.has(chainId)) {
      this.heads.set(chainId, sound ? { lhs: lhs as Expr, textOf, tex: null } : null);
      return null;
    }
    const head = this.heads.get(chainId);
    if (!head || !sound) {
      this.heads.set(chainId, null);
      return null;
    }
    head.tex ??= head.textOf('lhs');
    return { lhs: head.lhs, rhs: rhs as Expr, text: `${head.tex} = ${textOf('rhs')}` };
  }
}

/**
 * A chain's first side. Its LaTeX is read from the first link's `textOf` when a later link
 * first needs it: most relations head a chain of one, and reading each one's cost more
 * than the chains themselves.
 */
interface Head {
  lhs: Expr;
  textOf: (side: 'lhs' | 'rhs') => string;
  tex: string | null;
}
