/** Average chunks per group, and the most a group may hold. */
const AVERAGE = 32;
const MAX = 96;

/** FNV-1a: a cheap, stable hash of a chunk's key. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export type ChunkGroup = { key: string; from: number; to: number };

/**
 * Splits the preview's chunks into groups of about 32, each drawn in its own box, so a
 * change at the end of a long proof re-lays out one group and the list of groups — not a
 * thousand siblings — and whole groups off screen are skipped (`content-visibility`).
 * Where a group starts depends on the chunks' own keys (content-defined), not on their
 * positions: removing the streamed `## Solution` heading above everything leaves the groups,
 * and so every chunk's component, in place.
 */
export function groupChunks(keys: string[]): ChunkGroup[] {
  const groups: ChunkGroup[] = [];
  let from = 0;
  for (let i = 1; i <= keys.length; i++) {
    const size = i - from;
    const boundary =
      i === keys.length || size >= MAX || (size >= 4 && hash(keys[i]) % AVERAGE === 0);
    if (boundary) {
      groups.push({ key: keys[from], from, to: i });
      from = i;
    }
  }
  return groups;
}
