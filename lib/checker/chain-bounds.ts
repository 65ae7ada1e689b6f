import type { Expr } from './expr';
import type { RelationOp } from './relations';

/** What a chain of inequalities says of its first and last sides: "Q \\ge S^2/4 \\ge P^2/16" gives Q \\ge P^2/16. */
export interface ChainBound {
  lhs: Expr;
  rhs: Expr;
  op: RelationOp;
  text: string;
}

type Direction = 'up' | 'down';

const DIRECTION: Partial<Record<RelationOp, Direction>> = {
  '<': 'up',
  '<=': 'up',
  '>': 'down',
  '>=': 'down',
};
const STRICT: ReadonlySet<RelationOp> = new Set(['<', '>']);
const SIGN: Partial<Record<RelationOp, string>> = {
  '<': '<',
  '<=': '\\le',
  '>': '>',
  '>=': '\\ge',
};

/**
 * A chain's first side. Its LaTeX is read from the first link's `textOf` when a bound first
 * needs it: most relations head a chain of one.
 */
interface Head {
  lhs: Expr;
  textOf: (side: 'lhs' | 'rhs') => string;
  tex: string | null;
  direction: Direction | null;
  strict: boolean;
}

/**
 * The first side of each chain of one formula, and what its links so far say of it, for the
 * chains with an inequality in them (a chain of equations is `ChainHeads`' business): links
 * `=`, `\\le`, `<` give `\\le` (`<` if one is strict), the other way `\\ge`. A chain stops
 * giving bounds at a link that turns the other way, is no order (`\\ne`, `\\approx`), cannot
 * be read, or is false.
 */
export class ChainBounds {
  private formula = -1;
  private readonly heads = new Map<number, Head | null>();

  link(
    formula: number,
    chainId: number,
    op: RelationOp,
    sides: readonly [Expr | string, Expr | string],
    textOf: (side: 'lhs' | 'rhs') => string,
    holds: boolean,
  ): ChainBound | null {
    if (formula !== this.formula) {
      this.formula = formula;
      this.heads.clear();
    }
    const [lhs, rhs] = sides;
    const direction = DIRECTION[op] ?? null;
    const sound =
      holds && typeof lhs !== 'string' && typeof rhs !== 'string' && (op === '=' || !!direction);
    if (!this.heads.has(chainId)) {
      const head = sound
        ? { lhs: lhs as Expr, textOf, tex: null, direction, strict: STRICT.has(op) }
        : null;
      this.heads.set(chainId, head);
      return null;
    }
    const head = this.heads.get(chainId);
    if (!head || !sound || (direction && head.direction && direction !== head.direction)) {
      this.heads.set(chainId, null);
      return null;
    }
    head.direction ??= direction;
    head.strict ||= STRICT.has(op);
    if (!head.direction) return null;
    const whole: RelationOp =
      head.direction === 'up' ? (head.strict ? '<' : '<=') : head.strict ? '>' : '>=';
    head.tex ??= head.textOf('lhs');
    const text = `${head.tex} ${SIGN[whole]} ${textOf('rhs')}`;
    return { lhs: head.lhs, rhs: rhs as Expr, op: whole, text };
  }
}
