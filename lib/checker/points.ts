import { type Expr, freeSymbols, num, withArgs, withRange } from './expr';
import { packedMap } from './packed-map';

/**
 * Points and vectors the text gave coordinates ("B = (c, 0)", "C = (b\\cos\\alpha, b\\sin\\alpha)",
 * "E = tC", "H = A + B + C - 2O"), so that what it computes with them can be computed again:
 * sums and multiples of points, dot products (`B\\!\\cdot\\!O`), lengths (`|B + C|`), vectors
 * between points (`\\overrightarrow{AX}`) and segments between them (`\\overline{AB}`: a
 * length). A side with a point in it becomes either a number or a list of coordinates.
 */

/** A side's value with the points' coordinates put in: a number, or one per coordinate. */
export type PointValue = Expr | Expr[];

/** What an expansion needs to know of the formula, and what it reports back. */
export interface Expansion {
  /** Whether a product of two vectors may be read as their dot product (`\\cdot` written). */
  readonly dots: boolean;
  /** The points whose coordinates were put in. */
  readonly used: Set<string>;
}

/** `written`: given as a tuple ("E = (1, 2)"), not computed from other points ("u = F - E"). */
type Point = { coords: readonly Expr[]; line: number; written: boolean };

const TWO = num(2n);
/** The most expression nodes a point's coordinates may have, all together. */
const MAX_NODES = 400;
const sqrt = (a: Expr): Expr => ({ k: 'root', a, n: TWO });
const sum = (args: Expr[]): Expr => (args.length === 1 ? args[0] : { k: 'add', args });
const product = (args: Expr[]): Expr => (args.length === 1 ? args[0] : { k: 'mul', args });
const isVector = (v: PointValue): v is Expr[] => Array.isArray(v);

/** `\\vec{M}` and `\\mathbf{M}` are M; `\\overrightarrow{AB}` and `\\overline{AB}` are two points. */
const WRAPPED = /^\\(vec|overrightarrow|overline)\{(.+)\}$/;

/** A coordinate of a point: "E_{x}", "\\vec{u}_{y}", or "x_{Q}". */
const AXIS_AFTER = /^(.+)_\{([xyz])\}$/;
const AXIS_BEFORE = /^([xyz])_\{(.+)\}$/;

/** The point and the axis a coordinate's name names, or null. */
function axisOf(name: string): { of: string; letter: string } | null {
  const after = AXIS_AFTER.exec(name);
  if (after) return { of: after[1], letter: after[2] };
  const before = AXIS_BEFORE.exec(name);
  return before ? { of: before[2], letter: before[1] } : null;
}

export class Points {
  private readonly points = new Map<string, Point>();
  /** Whether a definition is being put in (see `throughDefinition`). */
  private inDefinition = false;

  /** `defined`: what the text defined a symbol as ("t = \\frac{B\\cdot C}{|C|^2}"). */
  constructor(private readonly defined?: (name: string) => Expr | undefined) {}

  get size(): number {
    return this.points.size;
  }

  /**
   * Coordinates too large to evaluate at every sample are not kept: points defined by points
   * share their parts, so a chain of them ("P_3 = P_1 + P_2", "P_4 = P_2 + P_3", …) would
   * otherwise double the work of evaluating each new one. Gives the name the point is kept by.
   */
  record(written: string, coords: readonly Expr[], line: number, asTuple = true): string {
    // `\\vec{M} = …` gives M its coordinates.
    const name = /^\\vec\{(.+)\}$/.exec(written)?.[1] ?? written;
    if (coords.length < 2 || coords.length > 3) return name;
    let nodes = 0;
    for (const c of coords) {
      nodes += sizeUpTo(c, MAX_NODES - nodes);
      if (nodes > MAX_NODES) return name;
    }
    this.points.set(name, { coords, line, written: asTuple });
    return name;
  }

  has(name: string): boolean {
    return this.points.has(name);
  }

  forget(name: string): void {
    this.points.delete(name);
  }

  /**
   * Whether `e` is a lone name the text already gave a value: a point, a point's coordinate,
   * or a symbol it defined. Such a side restates a definition ("x_E = h + t_E dx" after "E =
   * (h + t_E dx, k + t_E dy)"): it holds by being read back, so it is not judged.
   */
  restates(e: Expr): boolean {
    if (e.k !== 'sym') return false;
    if (this.points.has(e.name) || this.defined?.(e.name) !== undefined) return true;
    const axis = axisOf(e.name);
    return !!axis && (this.points.get(WRAPPED.exec(axis.of)?.[2] ?? axis.of)?.written ?? false);
  }

  /** Whether `e` names a point the text gave coordinates. */
  mentions(e: Expr): boolean {
    if (this.points.size === 0) return false;
    for (const name of freeSymbols(e)) if (this.valueOf(name, null) !== null) return true;
    return false;
  }

  /** "B (line 12), O (line 168)": the points a judgement put in. */
  describe(names: Iterable<string>): string {
    return [...names]
      .sort()
      .map((n) => `${n} (line ${this.points.get(n)?.line})`)
      .join(', ');
  }

  /**
   * `e` with the coordinates of its points put in: a number, a list of coordinates, or
   * null when it does with vectors what has no meaning here (a vector over a vector, a
   * vector in a function's argument, two vectors multiplied without a written `\\cdot`).
   */
  expand(e: Expr, x: Expansion): PointValue | null {
    switch (e.k) {
      case 'sym':
        return this.valueOf(e.name, x) ?? this.throughDefinition(e, x);
      case 'num':
      case 'const':
        return e;
      case 'add': {
        const parts = this.expandAll(e.args, x);
        if (!parts) return null;
        return combine(parts, sum);
      }
      case 'neg': {
        const a = this.expand(e.a, x);
        if (!a) return null;
        return isVector(a) ? packedMap(a, (c) => ({ k: 'neg', a: c })) : { k: 'neg', a };
      }
      case 'mul':
        return this.product(e.args, x);
      case 'div': {
        const a = this.expand(e.a, x);
        const b = this.expand(e.b, x);
        if (!a || !b || isVector(b)) return null;
        return isVector(a) ? packedMap(a, (c) => ({ k: 'div', a: c, b })) : { k: 'div', a, b };
      }
      case 'pow': {
        const a = this.expand(e.a, x);
        const b = this.expand(e.b, x);
        if (!a || !b || isVector(a) || isVector(b)) return null;
        return { k: 'pow', a, b };
      }
      case 'root': {
        const a = this.expand(e.a, x);
        const n = this.expand(e.n, x);
        if (!a || !n || isVector(a) || isVector(n)) return null;
        return { k: 'root', a, n };
      }
      case 'fn': {
        const args = this.expandAll(e.args, x);
        if (!args) return null;
        // |v|: a vector's length.
        if (e.name === 'abs' && args.length === 1 && isVector(args[0])) return length(args[0]);
        if (args.some(isVector)) return null;
        return withArgs(e, args as Expr[]);
      }
      case 'app': {
        const args = this.expandAll(e.args, x);
        if (!args || args.some(isVector)) return null;
        return withArgs(e, args as Expr[]);
      }
      case 'big': {
        const [lo, hi, body] = [this.expand(e.lo, x), this.expand(e.hi, x), this.expand(e.body, x)];
        if (!lo || !hi || !body || isVector(lo) || isVector(hi) || isVector(body)) return null;
        return withRange(e, lo, hi, body);
      }
    }
  }

  /** A number the text defined with points ("t = B·C/|C|²"), as its definition computes it. */
  private throughDefinition(e: Extract<Expr, { k: 'sym' }>, x: Expansion): PointValue {
    // One level only: a definition inside a definition stays a symbol, so that a chain of
    // them cannot make the work grow with each link.
    if (this.inDefinition) return e;
    const value = this.defined?.(e.name);
    if (!value || !this.mentions(value)) return e;
    this.inDefinition = true;
    const inner = this.expand(value, { dots: true, used: x.used });
    this.inDefinition = false;
    return inner && !isVector(inner) ? inner : e;
  }

  private expandAll(args: readonly Expr[], x: Expansion): PointValue[] | null {
    const out: PointValue[] = [];
    for (const a of args) {
      const v = this.expand(a, x);
      if (!v) return null;
      out.push(v);
    }
    return out;
  }

  /** A product: numbers, at most one vector scaled, or two vectors' dot product. */
  private product(args: readonly Expr[], x: Expansion): PointValue | null {
    const parts = this.expandAll(args, x);
    if (!parts) return null;
    const scalars = parts.filter((p): p is Expr => !isVector(p));
    const vectors = parts.filter(isVector);
    if (vectors.length === 0) return product(scalars);
    if (vectors.length === 1) return packedMap(vectors[0], (c) => product([...scalars, c]));
    if (vectors.length === 2 && x.dots && vectors[0].length === vectors[1].length)
      return product([...scalars, dot(vectors[0], vectors[1])]);
    return null;
  }

  /** A point's coordinates, a vector between two points, or a segment's length; null if none. */
  private valueOf(name: string, x: Expansion | null): PointValue | null {
    const own = this.points.get(name);
    if (own) {
      x?.used.add(name);
      return [...own.coords];
    }
    const axis = axisOf(name);
    if (axis) {
      const { of, letter } = axis;
      const v = this.points.has(of) || WRAPPED.test(of) ? this.valueOf(of, x) : null;
      const k = 'xyz'.indexOf(letter);
      return Array.isArray(v) && k < v.length ? v[k] : null;
    }
    const m = WRAPPED.exec(name);
    if (!m) return null;
    if (m[1] === 'vec') return this.valueOf(m[2], x);
    const ends = this.split(m[2]);
    if (!ends) return null;
    const [p, q] = ends.map((n) => this.valueOf(n, x) as Expr[]);
    if (p.length !== q.length) return null;
    const between: Expr[] = [];
    for (let i = 0; i < q.length; i++) between.push(sum([q[i], { k: 'neg', a: p[i] }]));
    return m[1] === 'overline' ? length(between) : between;
  }

  /** "AX", "XI^{\\prime}", "O_{1}O_{2}": two points' names, or null. */
  private split(both: string): [string, string] | null {
    for (const first of this.points.keys())
      if (both.startsWith(first) && this.points.has(both.slice(first.length)))
        return [first, both.slice(first.length)];
    return null;
  }
}

/** Parts added: numbers, or vectors of one length component by component; null when mixed. */
function combine(parts: PointValue[], join: (args: Expr[]) => Expr): PointValue | null {
  if (!parts.some(isVector)) return join(parts as Expr[]);
  if (!parts.every(isVector)) return null;
  const n = parts[0].length;
  if (parts.some((p) => p.length !== n)) return null;
  return Array.from({ length: n }, (_, i) => join(parts.map((p) => (p as Expr[])[i])));
}

function dot(a: readonly Expr[], b: readonly Expr[]): Expr {
  return sum(a.map((c, i) => product([c, b[i]])));
}

function length(v: readonly Expr[]): Expr {
  return sqrt(sum(v.map((c) => ({ k: 'pow', a: c, b: TWO }))));
}

/** How many nodes `e` has, counting no further than just past `limit`. */
function sizeUpTo(e: Expr, limit: number): number {
  if (limit < 0) return 1;
  switch (e.k) {
    case 'num':
    case 'sym':
    case 'const':
      return 1;
    case 'neg':
      return 1 + sizeUpTo(e.a, limit - 1);
    case 'div':
    case 'pow': {
      const a = sizeUpTo(e.a, limit - 1);
      return 1 + a + sizeUpTo(e.b, limit - 1 - a);
    }
    case 'root': {
      const a = sizeUpTo(e.a, limit - 1);
      return 1 + a + sizeUpTo(e.n, limit - 1 - a);
    }
    case 'big':
      return 1 + sizeUpTo(e.body, limit - 1);
    default: {
      let n = 1;
      for (const a of e.args) {
        n += sizeUpTo(a, limit - n);
        if (n > limit) break;
      }
      return n;
    }
  }
}
