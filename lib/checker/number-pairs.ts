import { type Expr, freeSymbols } from './expr';
import type { TexNode } from './katex-tree';
import { rewriteInner } from './rewrite-inner';
import { toExprOrNull } from './to-expr';

/**
 * Two capitals side by side ("ST", "AB") name a segment or an angle, so the reader leaves
 * such a side unread. But a text that defined both letters as numbers ("S := nπ + δ_n,
 * T := π/2 - δ_n"; "S = (d^2+1)(e^2+1)") writes their product so: "(S+T)^2 = S^2 + 2ST + T^2".
 * Such a side is read again with each pair of letters defined as numbers multiplied; a pair
 * with a letter the text did not define that way keeps the side unread.
 */

/** The message the reader gives a side with a pair of capitals. */
export const POINT_PAIR = 'a segment or angle named by its points';

const CAPITAL = /^[A-Z]$/;

/** A value with no capital (no point) in it: what a number, not a point, is equal to. */
function numberValue(value: Expr): boolean {
  for (const s of freeSymbols(value)) if (/^[A-Z]/.test(s)) return false;
  return true;
}

/**
 * The capitals the text has equated with such a value ("S=(d^{2}+1)(e^{2}+1)" in a display
 * with no "let"), beside those it defined or bound.
 */
export class NumberLetters {
  private readonly letters = new Set<string>();

  record(lhs: Expr, rhs: Expr): void {
    if (lhs.k === 'sym' && CAPITAL.test(lhs.name) && numberValue(rhs)) this.letters.add(lhs.name);
  }

  /** Whether the text made `name` a number, by this equation or a definition or binding. */
  has(name: string, definitions: ReadonlyMap<string, Expr>, bindings: ReadonlyMap<string, Expr>) {
    if (this.letters.has(name)) return true;
    const value = definitions.get(name) ?? bindings.get(name);
    return !!value && numberValue(value);
  }
}

const letterOf = (n: TexNode | undefined) =>
  n?.type === 'mathord' && CAPITAL.test(n.text ?? '') ? (n.text as string) : null;

const TIMES: TexNode = { type: 'atom', family: 'bin', text: '\\cdot' };

/** Nodes with `\\cdot` put between two capitals both numbers; null at a pair that is not. */
function multiplied(nodes: readonly TexNode[], isNumber: (l: string) => boolean): TexNode[] | null {
  const out: TexNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const n = within(nodes[i], isNumber);
    if (!n) return null;
    const [a, b] = [
      letterOf(nodes[i - 1]),
      letterOf(nodes[i]) ?? letterOf(nodes[i].base ?? undefined),
    ];
    if (a && b) {
      if (!isNumber(a) || !isNumber(b)) return null;
      out.push(TIMES);
    }
    out.push(n);
  }
  return out;
}

/** A node with the lists inside it multiplied out likewise (fractions, groups, scripts). */
const within = (n: TexNode, isNumber: (l: string) => boolean) =>
  rewriteInner(n, (nodes) => multiplied(nodes, isNumber));

/**
 * A side the reader left unread for a pair of capitals, read with the pairs of numbers
 * multiplied; null when a pair is not two numbers or the side is still unreadable.
 */
export function readWithProducts(
  nodes: readonly TexNode[],
  isNumber: (letter: string) => boolean,
): Expr | null {
  const put = multiplied(nodes, isNumber);
  return put ? toExprOrNull(put) : null;
}

type Side = Expr | string;
type Judged = { verdict: string; basis?: string };

/**
 * A relation left unread for a pair of capitals, judged (`judge`: by itself, then with the
 * text's context) with its pairs of numbers multiplied: holds with the reading as its basis,
 * or null. Never false: the letters may still name points somewhere the text did not say.
 */
export function judgeNumberPairs<V extends Judged>(
  nodes: readonly [TexNode[], TexNode[]],
  sides: readonly [Side, Side],
  isNumber: (letter: string) => boolean,
  judge: (lhs: Expr, rhs: Expr) => V,
): (V & { basis: string }) | null {
  if (sides[0] !== POINT_PAIR && sides[1] !== POINT_PAIR) return null;
  const read = (s: Side, n: TexNode[]) =>
    typeof s !== 'string' ? s : s === POINT_PAIR ? readWithProducts(n, isNumber) : null;
  const lhs = read(sides[0], nodes[0]);
  const rhs = read(sides[1], nodes[1]);
  if (!lhs || !rhs) return null;
  const v = judge(lhs, rhs);
  if (v.verdict !== 'holds') return null;
  const reading = 'read with letters the text defined as numbers multiplied';
  return { ...v, basis: v.basis ? `${v.basis}; ${reading}` : reading };
}
