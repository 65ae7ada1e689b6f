/**
 * The checker's long loops are generators that yield between units of work (a formula), so
 * the same code runs straight through (a browser worker, the CLI) or in slices on a server,
 * where a 200 kB proof checked in one go held the event loop for ~0.4 s and every live stream
 * with it.
 */
export type Steps<T> = Generator<void, T>;

/** Runs the steps to the end at once. */
export function drive<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

const turn = () =>
  new Promise<void>((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

/** Runs the steps, letting the event loop turn whenever `budgetMs` of work has gone by. */
export async function driveInSlices<T>(steps: Steps<T>, budgetMs = 8): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await turn();
      sliceStart = performance.now();
    }
  }
}
