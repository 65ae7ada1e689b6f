import { flushSync } from 'react-dom';

/** Time left in an idle period below which no further chunk is started. */
const MIN_LEFT_MS = 4;

const waiting = new Set<() => void>();
let scheduled = false;

type Deadline = { timeRemaining(): number };
const whenIdle = (run: (deadline: Deadline) => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run);
  else {
    // Safari has no requestIdleCallback: a short slice after a pause.
    setTimeout(() => {
      const end = performance.now() + 8;
      run({ timeRemaining: () => end - performance.now() });
    }, 50);
  }
};

function pump(deadline: Deadline) {
  scheduled = false;
  for (const render of waiting) {
    if (deadline.timeRemaining() < MIN_LEFT_MS) break;
    waiting.delete(render);
    // Rendered now, synchronously, so the next check of the deadline counts its cost.
    flushSync(render);
  }
  if (waiting.size) schedule();
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  whenIdle(pump);
}

/**
 * Runs `render` (a state update that shows deferred content) when the page is idle, one at a
 * time and in the order asked, never past the idle period's deadline: content nobody is
 * looking at yet fills in without ever blocking a frame. Returns a cancel function.
 */
export function renderWhenIdle(render: () => void): () => void {
  waiting.add(render);
  schedule();
  return () => waiting.delete(render);
}
