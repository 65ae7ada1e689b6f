import { hashWithNumbers, mulberryDraw } from './prng';

/**
 * An unknown function (`f(x)`, `v_2(n)`), evaluated as an arbitrary one: a value fixed by its
 * name, its arguments (to 9 digits, so f(0 + 0) is f(0)) and the sample's salt, so each
 * sample draws a new function. What holds for every such function holds for the text's f.
 *
 * The same application is asked for again and again in one check (a functional equation's
 * f(x) at each value tried for y, the earlier equations compared with a claim at one set of
 * points): four times in five on IMO-ProofBench's proofs. Values found are remembered until
 * `forgetUnknownValues()`, which each check calls first, so nothing found for one proof
 * serves the next (and memory stays bounded). Remembering changes no value: each is a
 * function of its name, salt and arguments alone.
 */
export function unknownFunction(name: string, args: readonly number[], salt: number): number {
  for (let i = 0; i < args.length; i++) if (!Number.isFinite(args[i])) return Number.NaN;
  let node = rootOf(name, salt);
  for (let i = 0; i < args.length; i++) {
    node.next ??= new Map();
    let child = node.next.get(args[i]);
    if (!child) {
      child = { value: undefined, next: null };
      node.next.set(args[i], child);
    }
    node = child;
  }
  if (node.value === undefined) {
    node.value = drawn(name, args, salt);
    if (++remembered > MAX_REMEMBERED) forgetUnknownValues();
  }
  return node.value;
}

/** The value itself: mulberry32(hashString(`${name}|${salt}|${args to 9 digits, joined by ','}`)). */
function drawn(name: string, args: readonly number[], salt: number): number {
  const seed = hashWithNumbers(`${name}|${salt}|`, args);
  // Signed, over many scales (0.001 to 10,000), as the sampled symbols are.
  return (mulberryDraw(seed, 1) < 0.5 ? -1 : 1) * 10 ** (-3 + 7 * mulberryDraw(seed, 2));
}

/**
 * One argument list per path from a root: the value at the node its last argument leads to.
 * Keyed by each argument's exact value (0 and -0 alike, as their 9 digits are).
 */
interface ArgNode {
  value: number | undefined;
  next: Map<number, ArgNode> | null;
}

/** Values at most kept; past this all are forgotten (a bound on memory, not on correctness). */
const MAX_REMEMBERED = 100_000;
let remembered = 0;
const roots = new Map<string, Map<number, ArgNode>>();

function rootOf(name: string, salt: number): ArgNode {
  let bySalt = roots.get(name);
  if (!bySalt) {
    bySalt = new Map();
    roots.set(name, bySalt);
  }
  let root = bySalt.get(salt);
  if (!root) {
    root = { value: undefined, next: null };
    bySalt.set(salt, root);
  }
  return root;
}

/** Forgets every value found: called as each check starts. */
export function forgetUnknownValues(): void {
  roots.clear();
  remembered = 0;
}
