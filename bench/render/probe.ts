import type { Delta, Shown } from './lag';
import type { MarkerSurface, watchMarkers } from './probe-markers';

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
  /** Each animation frame's time. */
  frames: number[];
  /** When each marker was first in view, per surface: [frame time, marker] (probe-markers.ts). */
  shown: { preview: Shown; editor: Shown };
};

type ProbeWindow = Window & {
  __render: RenderProbe;
  /** Defined by the same init script, before this function runs (see measure.ts). */
  __watchMarkers: typeof watchMarkers;
};

/**
 * Runs in the page before its own scripts (addInitScript), so it is self-contained. Wraps
 * EventSource to time each text delta of the run as it arrives (our listener is added in the
 * constructor, before the page's own), records long tasks and frames, and has the preview's
 * and the editor's markers watched (probe-markers.ts).
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
  const surface = (
    name: keyof RenderProbe['shown'],
    s: Omit<MarkerSurface, 'onShown'>,
  ): (() => void) =>
    w.__watchMarkers({ ...s, onShown: (marker, time) => probe.shown[name].push([time, marker]) });
  const attach = [
    surface('preview', {
      root: () => document.querySelector('[data-testid="proof-preview"]'),
      box: scroller,
      unit: 'code',
    }),
    surface('editor', {
      root: () => document.querySelector('[data-testid="proof-editor"] .view-lines'),
      box: (lines) => lines.closest('.monaco-scrollable-element') ?? lines,
      unit: '.view-line',
    }),
  ];
  const frame = (t: number) => {
    probe.frames.push(t);
    for (const a of attach) a();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
