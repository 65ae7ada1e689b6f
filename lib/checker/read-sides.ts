import { type Expr, Unreadable } from './expr';
import { type FunctionDefinitions, withDefinitions } from './function-definitions';
import { withEulerBesideIntegrals } from './integrals';
import type { TexNode } from './katex-tree';
import { withLetterProducts } from './letter-products';
import { packedMap } from './packed-map';
import { GOES_ON_FROM_PROSE } from './prose-cues';
import type { RelationShape } from './relations';
import { withoutSideCondition } from './side-condition';
import { toExpr } from './to-expr';

/** A relation's two sides, each an expression or why it could not be read. */
export type Sides = readonly [Expr | string, Expr | string];

function readSide(nodes: TexNode[]): Expr | string {
  try {
    return toExpr(nodes);
  } catch (err) {
    if (err instanceof Unreadable) return err.message;
    throw err;
  }
}

/**
 * Each operand of one formula read once: in a chain "a = b = c" the middle operand is the
 * right side of one link and the left side of the next (the same node list), and a `&=` row
 * carries the row above's. Expressions are never changed once read, so both links may hold
 * the same one.
 */
class OperandReader {
  private readonly memo = new Map<readonly TexNode[], Expr | string>();

  side(nodes: TexNode[]): Expr | string {
    let read = this.memo.get(nodes);
    if (read === undefined) {
      read = readSide(nodes);
      this.memo.set(nodes, read);
    }
    return read;
  }

  /** A right side, read without a condition written after it ("r = xyz\\;(>0)"). */
  rightSide(nodes: TexNode[]): Expr | string {
    const read = this.side(nodes);
    const value = typeof read === 'string' ? withoutSideCondition(nodes) : null;
    return value ? readSide(value) : read;
  }
}

/**
 * The sides of a formula's relations as written (`sides`), and with the functions the text
 * defined put in (`expanded`): chains are read with those, so "f(2x) + 2f(y) = 4x + 4y + 3c"
 * rewrites f's definition; it is not a condition linking other symbols.
 */
export function formulaSides(
  shapes: readonly RelationShape[],
  tex: string,
  functions: FunctionDefinitions,
  numberBefore?: (letter: string) => boolean,
): { sides: Sides[]; expanded: Sides[] } {
  const reader = new OperandReader();
  // Packed lists (`packedMap`): each relation reads them at its index in hot code.
  const sides: Sides[] = packedMap(shapes, (shape): Sides => {
    const [l, r] = [reader.side(shape.lhs), reader.rightSide(shape.rhs)];
    return typeof l === 'string' || typeof r === 'string'
      ? ([l, r] as const)
      : withLetterProducts(...withEulerBesideIntegrals(l, r), numberBefore);
  });
  // "… that smaller number \(+ (p+1) \ge p+1\)": the formula goes on from the prose.
  if (sides.length > 0 && GOES_ON_FROM_PROSE.test(tex))
    sides[0] = ['a side that goes on from the prose', sides[0][1]];
  const expanded = packedMap(sides, (pair): Sides => {
    const l = pair[0];
    const r = pair[1];
    if (typeof l === 'string' || typeof r === 'string') return [l, r] as const;
    const e = withDefinitions(l, r, functions);
    return [e.lhs, e.rhs] as const;
  });
  return { sides, expanded };
}
