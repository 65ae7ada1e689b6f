import { evaluateExact, formatRational } from './evaluate-exact';
import { evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols, substitute, usesUnknownFunction } from './expr';
import { judgeClosed } from './judge-relation';
import type { RelationOp } from './relations';
import type { SampleVerdict } from './sample';

type Stated = { value: Expr; line: number };

const isClosed = (e: Expr) => freeSymbols(e).size === 0;

/**
 * The values the text has stated for symbols so far — "so b_2 = 35", "n = 3", "c = a + 1"
 * once a is known — each until the text says something else about that symbol. Unlike a
 * "let", such a statement may be a case's or a conclusion's, so a claim closed with them is
 * only ever confirmed (`judgeWithStatedValues`), never called false.
 */
export class StatedValues {
  private readonly values = new Map<string, Stated>();

  /** After an equation: a symbol equal to a closed value has that value; any other equation about it forgets it. */
  record(lhs: Expr, rhs: Expr, line: number): void {
    const [name, side] =
      lhs.k === 'sym' ? [lhs.name, rhs] : rhs.k === 'sym' ? [rhs.name, lhs] : [null, null];
    if (!name || !side) return;
    const value = this.close(side);
    if (value && Number.isFinite(evaluateFloat(value, new Map(), true)))
      this.values.set(name, { value, line });
    else this.values.delete(name);
  }

  /** Symbols whose statements ended with their case. */
  forget(names: readonly string[]): void {
    for (const n of names) this.values.delete(n);
  }

  forgetAll(): void {
    this.values.clear();
  }

  /** `e` with the stated values put in, when that leaves no free symbol. */
  close(e: Expr): Expr | null {
    if (isClosed(e)) return e;
    const put = new Map<string, Expr>();
    for (const s of freeSymbols(e)) {
      const stated = this.values.get(s);
      if (!stated) return null;
      put.set(s, stated.value);
    }
    return substitute(e, put);
  }

  /** "b_0 = 1 (line 3), x = 0.707107 (line 4)": the values a claim was closed with. */
  describe(names: Iterable<string>, show: (e: Expr) => string): string {
    return [...names]
      .sort()
      .map((n) => {
        const s = this.values.get(n) as Stated;
        return `${n} = ${valueText(s.value, show)} (line ${s.line})`;
      })
      .join(', ');
  }
}

/** A value as a number (exact when rational); one with an unknown function as written ("f(0)"). */
function valueText(e: Expr, show: (e: Expr) => string): string {
  if (usesUnknownFunction(e)) return show(e);
  const exact = evaluateExact(e);
  if (exact) return formatRational(exact);
  return String(Number(evaluateFloat(e, new Map(), true).toPrecision(6)));
}

/**
 * A claim in context that the values stated earlier close and make true: "c + d = 1 + 2"
 * after "c = 1" and "d = 2". It holds, with those values as its basis. Null otherwise —
 * also for a restatement of a value ("b_2 = 35" again), which says nothing new.
 */
export function judgeWithStatedValues(
  lhs: Expr,
  rhs: Expr,
  op: RelationOp,
  values: StatedValues,
  show: (e: Expr) => string,
): (SampleVerdict & { basis: string }) | null {
  if ((lhs.k === 'sym' && isClosed(rhs)) || (rhs.k === 'sym' && isClosed(lhs))) return null;
  const names = new Set([...freeSymbols(lhs), ...freeSymbols(rhs)]);
  if (names.size === 0) return null;
  const l = values.close(lhs);
  const r = values.close(rhs);
  if (!l || !r) return null;
  const verdict = judgeClosed(l, r, op);
  if (verdict.verdict !== 'holds') return null;
  return { verdict: 'holds', basis: `holds with ${values.describe(names, show)}` };
}
