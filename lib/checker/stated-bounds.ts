import { evaluateExact } from './evaluate-exact';
import { type Expr, freeSymbols } from './expr';
import type { RelationOp } from './relations';

/** A bound the text put on a symbol: "x > 0", "n \ge 2", "t < 1". */
export interface StatedBound {
  /** `lower`: the symbol is at least `at` (above it when strict); `upper`: at most. */
  side: 'lower' | 'upper';
  at: number;
  strict: boolean;
}

/** The last bound the text stated for each symbol (a later case overrides an earlier one). */
export type StatedBounds = Map<string, StatedBound>;

const FLIP: Partial<Record<RelationOp, RelationOp>> = {
  '<': '>',
  '>': '<',
  '<=': '>=',
  '>=': '<=',
};

/** Whether a relation can state a bound: a symbol on one side, an inequality sign. */
export function statesBound(lhs: Expr, rhs: Expr, op: RelationOp): boolean {
  return (lhs.k === 'sym' || rhs.k === 'sym') && op !== '=' && op !== '!=' && op !== '~';
}

/**
 * Records "x > 0", "n \ge 2", "0 < t" (a symbol against a number) as the symbol's domain
 * from here on. Other relations state nothing the sampler can use.
 */
export function recordBound(bounds: StatedBounds, lhs: Expr, rhs: Expr, op: RelationOp): void {
  const symbolFirst = lhs.k === 'sym';
  const [s, value, o] = symbolFirst ? [lhs, rhs, op] : [rhs, lhs, FLIP[op]];
  if (s.k !== 'sym' || !o || o === '=' || o === '!=' || o === '~') return;
  if (freeSymbols(value).size > 0) return;
  const exact = evaluateExact(value);
  if (!exact) return;
  const at = Number(exact.n) / Number(exact.d);
  if (!Number.isFinite(at)) return;
  bounds.set(s.name, {
    side: o === '>' || o === '>=' ? 'lower' : 'upper',
    at,
    strict: o === '>' || o === '<',
  });
}
