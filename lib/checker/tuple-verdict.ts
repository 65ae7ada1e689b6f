import { type Expr, Unreadable } from './expr';
import type { TexNode } from './katex-tree';
import type { SampleVerdict } from './sample';
import { toExpr } from './to-expr';

/** The skip reason of a side with `(a, b)` in it, as the expression reader gives it. */
export const TUPLE = 'a tuple or interval';

type Verdict = SampleVerdict & { given?: string };

/**
 * A relation between tuples judged component by component: false when a component is (with
 * which one in the witness), holds when every component does, skipped otherwise.
 */
export function judgeComponents(
  components: readonly [TexNode[], TexNode[]][],
  judge: (l: Expr, r: Expr, k: number) => Verdict,
): Verdict {
  let skipped: Verdict | null = null;
  for (const [k, [ln, rn]] of components.entries()) {
    let v: Verdict;
    try {
      v = judge(toExpr(ln), toExpr(rn), k);
    } catch (err) {
      if (!(err instanceof Unreadable)) throw err;
      v = { verdict: 'skipped', reason: err.message };
    }
    if (v.verdict === 'false') return { ...v, witness: `in component ${k + 1}: ${v.witness}` };
    if (v.verdict === 'skipped') skipped ??= v;
  }
  return skipped ?? { verdict: 'holds' };
}
