import { forgetDigits, hashWithNumbers, mulberryDraw } from './prng';

/**
 * An unknown function (`f(x)`, `v_2(n)`), evaluated as an arbitrary one: a value fixed by its
 * name, its arguments (to 9 digits, so f(0 + 0) is f(0)) and the sample's salt, so each
 * sample draws a new function. What holds for every such function holds for the text's f.
 *
 * The same application is asked for again and again in one check (a functional equation's
 * f(x) at each value tried for y, the earlier equations compared with a claim at one set of
 * points): four times in five on IMO-ProofBench's proofs. Values found are remembered until
 * `forgetUnknownValues()`, which each check calls first, so nothing found for one proof
 * serves the next; the table has a fixed size. Remembering changes no value: each is a
 * function of its name, salt and arguments alone.
 */
export function unknownFunction(name: string, args: readonly number[], salt: number): number {
  for (let i = 0; i < args.length; i++) if (!Number.isFinite(args[i])) return Number.NaN;
  const slot = slotOf(name, args, salt);
  if (generations[slot] === generation && sameCall(slot, name, args, salt)) return values[slot];
  const value = drawn(name, args, salt);
  generations[slot] = generation;
  names[slot] = name;
  salts[slot] = salt;
  argLists[slot] = args.slice();
  values[slot] = value;
  return value;
}

/** The value itself: mulberry32(hashString(`${name}|${salt}|${args to 9 digits, joined by ','}`)). */
function drawn(name: string, args: readonly number[], salt: number): number {
  const seed = hashWithNumbers(`${name}|${salt}|`, args);
  // Signed, over many scales (0.001 to 10,000), as the sampled symbols are.
  return (mulberryDraw(seed, 1) < 0.5 ? -1 : 1) * 10 ** (-3 + 7 * mulberryDraw(seed, 2));
}

/**
 * The values remembered: a table of SLOTS entries, one per hash of the call (a newer call
 * with the same hash takes the slot), each valid while its generation is the current one.
 * A hit is checked against the whole call, so a collision only costs a recomputation.
 */
const SLOTS = 1 << 14;
const generations = new Int32Array(SLOTS);
const names: string[] = new Array(SLOTS).fill('');
const salts = new Float64Array(SLOTS);
const argLists: (readonly number[])[] = new Array(SLOTS).fill([]);
const values = new Float64Array(SLOTS);
/** Slots of an older generation are empty; the table starts at generation 1. */
let generation = 1;

/** An argument's bits, to hash it. */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** The slot a call is remembered in (exported for its test: calls that share one). */
export function slotOf(name: string, args: readonly number[], salt: number): number {
  let h = Math.imul(0x811c9dc5 ^ salt, 0x01000193);
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  for (let i = 0; i < args.length; i++) {
    bits[0] = args[i];
    h = Math.imul(h ^ words[0], 0x01000193);
    h = Math.imul(h ^ words[1], 0x01000193);
  }
  return (h ^ (h >>> 15)) & (SLOTS - 1);
}

/** Whether the slot holds this very call (0 and -0 alike: their 9 digits are the same). */
function sameCall(slot: number, name: string, args: readonly number[], salt: number): boolean {
  const held = argLists[slot];
  if (names[slot] !== name || salts[slot] !== salt || held.length !== args.length) return false;
  for (let i = 0; i < args.length; i++) if (held[i] !== args[i]) return false;
  return true;
}

/** Forgets every value found (and every argument written to 9 digits): called as each check starts. */
export function forgetUnknownValues(): void {
  generation++;
  forgetDigits();
}
