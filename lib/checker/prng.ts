const MULBERRY_STEP = 0x6d2b79f5;

/** mulberry32's output once its state is `a`. */
function mulberryOutput(a: number): number {
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A small seeded PRNG (mulberry32): the same relation always gets the same samples. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + MULBERRY_STEP) >>> 0;
    return mulberryOutput(a);
  };
}

/**
 * The `k`-th draw (from 1) of `mulberry32(seed)`, without making the generator: for a seed
 * drawn from once or twice per use, as an unknown function's value is at every sample.
 */
export function mulberryDraw(seed: number, k: number): number {
  return mulberryOutput(((seed >>> 0) + k * MULBERRY_STEP) >>> 0);
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a continued over `text` from state `h`. */
function fnv(h: number, text: string): number {
  let x = h;
  for (let i = 0; i < text.length; i++) {
    x ^= text.charCodeAt(i);
    x = Math.imul(x, 0x01000193);
  }
  return x;
}

/** FNV-1a over a string: a stable seed derived from a relation's text. */
export function hashString(text: string): number {
  return fnv(FNV_OFFSET, text) >>> 0;
}

/**
 * `hashString(head + numbers.map((x) => x.toPrecision(9)).join(','))`, without building
 * that string: the seed of an unknown function's value at some arguments.
 */
export function hashWithNumbers(head: string, numbers: readonly number[]): number {
  let h = fnv(FNV_OFFSET, head);
  for (let i = 0; i < numbers.length; i++) {
    if (i > 0) h = fnv(h, ',');
    h = fnv(h, digits9(numbers[i]));
  }
  return h >>> 0;
}

/**
 * `x.toPrecision(9)`, remembered: the same sample values are written out again and again in
 * one check (an unknown function's arguments, the pins' table keys), and writing a number to
 * 9 digits costs several times a lookup. A table of DIGIT_SLOTS entries, one per hash of the
 * number's bits (a newer number takes the slot), each valid while its generation is the
 * current one; `forgetDigits()` starts a new one as each check starts.
 */
export function digits9(x: number): string {
  bits[0] = x;
  const h = Math.imul(words[0] ^ Math.imul(words[1], 0x9e3779b1), 0x85ebca6b);
  const slot = (h ^ (h >>> 16)) & (DIGIT_SLOTS - 1);
  // `===`: NaN is never found (it is written again each time), and 0 and -0 share "0.00000000".
  if (digitGenerations[slot] === digitGeneration && digitNumbers[slot] === x)
    return digitTexts[slot];
  const text = x.toPrecision(9);
  digitGenerations[slot] = digitGeneration;
  digitNumbers[slot] = x;
  digitTexts[slot] = text;
  return text;
}

const DIGIT_SLOTS = 1 << 12;
const digitGenerations = new Int32Array(DIGIT_SLOTS);
const digitNumbers = new Float64Array(DIGIT_SLOTS);
const digitTexts: string[] = new Array(DIGIT_SLOTS).fill('');
/** Slots of an older generation are empty; the table starts at generation 1. */
let digitGeneration = 1;

/** A number's bits, to hash it. */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** Forgets every number written: called as each check starts. */
export function forgetDigits(): void {
  digitGeneration++;
}
