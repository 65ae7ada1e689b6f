import type { Expr } from './expr';
import type { FormulaReading } from './formula-reading';
import type { RelationShape } from './relations';
import type { SampleVerdict } from './sample';
import { type Prior, stepFrom } from './step-from-prior';
import { sameFunction } from './through-earlier-samples';

/**
 * A step from what the chain just before says of its first side: "d + 4 = 2n = 6
 * \\Longrightarrow d = 2" from d + 4 = 6, "Q \\ge S^2/4 \\ge P^2/16, hence …" from Q \\ge P^2/16.
 * Confirm-only, as a chain may link conditions rather than rewrite one quantity; and not a
 * claim that only says the chain's ends again ("2L = 2m + 1" after "2L = k + 1 = 2m + 1").
 */
export function stepFromChain(
  chain: Prior & { text?: string },
  r: FormulaReading,
  shape: RelationShape,
  lhs: Expr,
  rhs: Expr,
  seedText: string,
): (SampleVerdict & { basis: string }) | null {
  // A root or a rearrangement only: asked of every claim after a chain, the sampling of a
  // restatement on the premise's zero set cost more than all it found.
  const v = stepFrom(chain, r.fi, r.f, shape, lhs, rhs, seedText, r.spans, true);
  if (v?.verdict !== 'holds') return null;
  const { equation } = chain;
  const same = (a: Expr, b: Expr) => sameFunction(a, b, `chain:${seedText}`);
  if (
    (same(lhs, equation.lhs) && same(rhs, equation.rhs)) ||
    (same(lhs, equation.rhs) && same(rhs, equation.lhs))
  )
    return null;
  return { verdict: 'holds', basis: `follows from ${chain.text} (line ${equation.line})` };
}
