import { mulberry32 } from '../lib/checker/prng';

/** A small seeded PRNG (mulberry32, the checker's own), so a failing random schedule can be replayed. */
export const seededRandom: (seed: number) => () => number = mulberry32;
