import type { Expr } from './expr';
import { type Pin, PinnedPoint, type Point } from './pinned-values';
import { hashString, mulberry32 } from './prng';
import { DOMAINS, drawFrom } from './sample';

/**
 * Where `through-pins.ts` samples a claim: the points, each with the pins applied, and the
 * test that a relation holds at every one that can tell.
 */

const PER_DOMAIN = 8;
/** Points that must tell, or the relation is not taken to hold. */
const MIN_FINITE = 12;
/** Points where the pins hold together that must tell something, or nothing will. */
const FIRST_FEW = 4;

/**
 * The sample points, drawn once for a claim: 8 over each of the small positive integers,
 * positive reals, reals, and reals between -1 and 1; each point pinned (once) for each set of
 * pins asked about, and only as far as the asking goes (most claims fail at the first).
 */
export class Samples {
  readonly size = PER_DOMAIN * (DOMAINS.length + 1);
  private readonly drawn: Point[] = [];
  private readonly random: () => number;
  private readonly pinned = new Map<readonly Pin[], (PinnedPoint | null)[]>();

  constructor(
    private readonly symbols: readonly string[],
    seed: string,
  ) {
    this.random = mulberry32(hashString(seed));
  }

  /** Point `k` with these pins applied; null where they cannot hold together. */
  at(pins: readonly Pin[], k: number): PinnedPoint | null {
    let list = this.pinned.get(pins);
    if (!list) {
      list = [];
      this.pinned.set(pins, list);
    }
    while (list.length <= k) list.push(PinnedPoint.of(this.point(list.length), pins));
    return list[k];
  }

  private point(k: number): Point {
    while (this.drawn.length <= k) {
      const n = this.drawn.length;
      const d = Math.floor(n / PER_DOMAIN);
      const at = new Map<string, number>();
      for (const s of this.symbols)
        at.set(s, d < DOMAINS.length ? drawFrom(DOMAINS[d], this.random) : 2 * this.random() - 1);
      this.drawn.push({ at, integers: DOMAINS[d] === 'small positive integers', salt: n });
    }
    return this.drawn[k];
  }
}

/**
 * Whether the pins give any value these expressions read at the first point: if not, they
 * do not bear on them (what holds there with them holds without), and sampling is wasted.
 */
export function touches(samples: Samples, pins: readonly Pin[], exprs: readonly Expr[]): boolean {
  const p = samples.at(pins, 0);
  if (!p) return true;
  p.hits = 0;
  for (const e of exprs) p.value(e);
  return p.hits > 0;
}

/**
 * Whether `test` holds at every point where the pins can hold together and it can be told
 * (it returns null where a side is undefined), and at enough of them.
 */
export function everywhere(
  samples: Samples,
  pins: readonly Pin[],
  test: (p: PinnedPoint) => boolean | null,
): boolean {
  let told = 0;
  let tried = 0;
  for (let k = 0; k < samples.size; k++) {
    // Too few points left to tell, none told at the first few tried, or the pins disagree at
    // most points so far: it cannot be told.
    if (told + samples.size - k < MIN_FINITE || (tried === FIRST_FEW && told === 0)) return false;
    if (k - tried >= 2 * PER_DOMAIN && told === 0) return false;
    const p = samples.at(pins, k);
    if (!p) continue;
    tried++;
    const ok = test(p);
    if (ok === false) return false;
    if (ok) told++;
  }
  return told >= MIN_FINITE;
}
