import type { Delta, Shown } from './lag';
import type { createMarkerTracker } from './probe-markers';

/** What the in-page probe records; times are `performance.now()` of the page. */
export type RenderProbe = {
  clickedAt: number | null;
  firstTextAt: number | null;
  lastTextAt: number | null;
  terminalAt: number | null;
  status: string | null;
  textChars: number;
  /** Every text event of the run's SSE: arrival, and the offset in the run's text it ends at. */
  deltas: Delta[];
  /** Every long task (> 50 ms) the page reported: [start, duration]. */
  longTasks: [number, number][];
  /** When each frame was laid out, ready to paint. */
  frames: number[];
  /** Whenever the furthest marker on screen grew, per surface (see probe-markers.ts). */
  shown: { preview: Shown; editor: Shown };
};

type Tracker = ReturnType<typeof createMarkerTracker>;
type ProbeWindow = Window & {
  __render: RenderProbe;
  /** Defined by the same init script, before this function runs (see measure.ts). */
  __createMarkerTracker: typeof createMarkerTracker;
};

/**
 * Runs in the page before its own scripts (addInitScript), so it is self-contained. Wraps
 * EventSource to time each text delta of the run as it arrives (our listener is added in the
 * constructor, before the page's own), records long tasks, and once per frame asks
 * the marker trackers how far the preview and the editor show the text.
 */
export function installRenderProbe(): void {
  const w = window as unknown as ProbeWindow;
  const probe: RenderProbe = {
    clickedAt: null,
    firstTextAt: null,
    lastTextAt: null,
    terminalAt: null,
    status: null,
    textChars: 0,
    deltas: [],
    longTasks: [],
    frames: [],
    shown: { preview: [], editor: [] },
  };
  w.__render = probe;
  const TERMINAL = ['succeeded', 'failed', 'stopped', 'interrupted'];

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });

  document.addEventListener(
    'click',
    (e) => {
      const el = e.target as Element | null;
      if (el?.closest?.('[data-testid="generate-button"]')) probe.clickedAt = performance.now();
    },
    true,
  );

  const Native = window.EventSource;
  window.EventSource = class extends Native {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      this.addEventListener('message', (m) => {
        const e = JSON.parse(m.data);
        const now = performance.now();
        if (e.type === 'text') {
          probe.firstTextAt ??= now;
          probe.lastTextAt = now;
          probe.textChars += e.delta.length;
          probe.deltas.push([now, probe.textChars]);
        } else if (e.type === 'replace') {
          probe.textChars = e.text.length;
        } else if (e.type === 'status' && TERMINAL.includes(e.status)) {
          probe.status = e.status;
          probe.terminalAt ??= now;
        }
      });
    }
  };

  /** The nearest box that clips `el` vertically: itself or an ancestor that scrolls. */
  const scroller = (el: Element): Element => {
    for (let a: Element | null = el; a; a = a.parentElement) {
      const { overflowY } = getComputedStyle(a);
      if (overflowY === 'auto' || overflowY === 'scroll') return a;
    }
    return document.documentElement;
  };
  const trackers: Record<keyof RenderProbe['shown'], Tracker> = {
    preview: w.__createMarkerTracker(
      () => document.querySelector('[data-testid="proof-preview"]'),
      scroller,
    ),
    editor: w.__createMarkerTracker(
      () => document.querySelector('[data-testid="proof-editor"] .view-lines'),
      (lines) => lines.closest('.monaco-scrollable-element') ?? lines,
    ),
  };

  // Read once per frame, right after the browser laid the frame out and before it paints it:
  // a ResizeObserver's callbacks run at that point of every rendering step, and observing an
  // element anew makes it report once. Layout is clean there, so reading boxes forces no
  // layout of the page's own (the page is never made to lay out more than it would).
  const afterLayout = new ResizeObserver(() => {
    const t = performance.now();
    probe.frames.push(t);
    for (const [surface, tracker] of Object.entries(trackers)) {
      const shown = probe.shown[surface as keyof RenderProbe['shown']];
      const furthest = tracker.furthestShown();
      if (furthest > (shown.at(-1)?.[1] ?? -1)) shown.push([t, furthest]);
    }
  });
  const frame = () => {
    const target = document.documentElement;
    if (target) {
      afterLayout.unobserve(target);
      afterLayout.observe(target);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
