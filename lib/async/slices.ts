/**
 * Long CPU work cut into slices so the server's event loop stays free for live streams and
 * page loads: about this long between two yields (issue 11: no task over 50 ms).
 */
export const SLICE_MS = 10;

export const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));

/** Runs `fn` over items, yielding to the event loop every ~10 ms (CPU-heavy preparation). */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, index: number) => R) {
  const out: R[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    out.push(fn(items[i], i));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return out;
}
