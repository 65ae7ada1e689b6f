import { recentlyUsed } from './recent';

/** Length of the text pieces indexed; seeds are exactly this long. */
export const GRAM = 8;
const BUCKET_BITS = 16;
const BASE = 0x01000193;

/** Positions of every 8-char piece of a text, bucketed by hash (compressed-row layout). */
export type GramIndex = { text: string; bucketStarts: Int32Array; positions: Int32Array };

function bucketOf(hash: number): number {
  return (hash ^ (hash >>> BUCKET_BITS)) & ((1 << BUCKET_BITS) - 1);
}

function hashAt(text: string, at: number): number {
  let h = 0;
  for (let k = 0; k < GRAM; k++) h = (Math.imul(h, BASE) + text.charCodeAt(at + k)) | 0;
  return h;
}

/** Builds the index in two linear passes (about a millisecond for 100k chars). */
function build(text: string): GramIndex {
  const count = Math.max(0, text.length - GRAM + 1);
  const buckets = new Int32Array(count);
  const bucketStarts = new Int32Array((1 << BUCKET_BITS) + 1);
  let power = 1;
  for (let k = 0; k < GRAM - 1; k++) power = Math.imul(power, BASE);
  let h = count > 0 ? hashAt(text, 0) : 0;
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      // Rolling hash: drop the char that left the window, append the one that entered.
      h =
        (Math.imul(h - Math.imul(text.charCodeAt(i - 1), power), BASE) +
          text.charCodeAt(i + GRAM - 1)) |
        0;
    }
    buckets[i] = bucketOf(h);
    bucketStarts[buckets[i] + 1]++;
  }
  for (let b = 1; b < bucketStarts.length; b++) bucketStarts[b] += bucketStarts[b - 1];
  const fill = bucketStarts.slice(0, -1);
  const positions = new Int32Array(count);
  for (let i = 0; i < count; i++) positions[fill[buckets[i]]++] = i;
  return { text, bucketStarts, positions };
}

/** Verbatim occurrences of an 8-char `seed`, in ascending order. */
export function gramHits(index: GramIndex, seed: string): number[] {
  const b = bucketOf(hashAt(seed, 0));
  const hits: number[] = [];
  for (let k = index.bucketStarts[b]; k < index.bucketStarts[b + 1]; k++) {
    const at = index.positions[k];
    if (index.text.startsWith(seed, at)) hits.push(at);
  }
  return hits;
}

/** Indexes are reused across the findings of a proof. */
export const gramIndexFor = recentlyUsed(4, build);
