/** What the in-page probe records; read back with `page.evaluate(() => window.__bench)`. */
export type ProbeState = {
  /** When the Generate button was clicked (wall clock, ms, sub-ms precision). */
  clickedAt: number | null;
  /** First time the editor's rendered lines showed any text. */
  firstVisibleAt: number | null;
  /** First time the editor's rendered lines showed the proof's last token. */
  lastVisibleAt: number | null;
  /** When the response to the POST that starts the run arrived, and the EventSource was created. */
  runPostedAt: number | null;
  streamCreatedAt: number | null;
  /** When the workbench's EventSource connection opened, and its first text event arrived. */
  streamOpenAt: number | null;
  firstTextAt: number | null;
  /** When the text event carrying the proof's last characters arrived. */
  tailTextAt: number | null;
  /** `id:` of every SSE message received, in order (the run's event sequence numbers). */
  seqs: number[];
  /** Text deltas as received, concatenated: what the stream delivered to the page. */
  text: string;
  status: string | null;
  /** EventSource connections opened (1 = no reconnect). */
  connections: number;
  /** The end of what the editor last drew (whitespace removed), for diagnostics. */
  shownTail: string;
  /** Main-thread long tasks (> 50 ms) as [start, end] epoch ms: what can hold back an event. */
  longTasks: [number, number][];
};

/**
 * Runs in the page before its own scripts (addInitScript), so it must be self-contained.
 * It timestamps the click on Generate, wraps EventSource to log every message the workbench
 * receives, and watches the editor's rendered lines (Monaco only renders what is on screen,
 * and follows the stream to the end) for the first text and for `tailNeedle`, the proof's
 * last characters. MutationObserver callbacks run right after Monaco writes the DOM, before
 * the frame is painted: the times are when the text is on screen, within one frame.
 */
export function installProbe(tailNeedle: string): void {
  const now = () => performance.timeOrigin + performance.now();
  const probe: ProbeState = {
    clickedAt: null,
    firstVisibleAt: null,
    lastVisibleAt: null,
    runPostedAt: null,
    streamCreatedAt: null,
    streamOpenAt: null,
    firstTextAt: null,
    tailTextAt: null,
    seqs: [],
    text: '',
    status: null,
    connections: 0,
    shownTail: '',
    longTasks: [],
  };
  (window as unknown as { __bench: ProbeState }).__bench = probe;
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) {
      const start = performance.timeOrigin + t.startTime;
      probe.longTasks.push([start, start + t.duration]);
    }
  }).observe({ type: 'longtask', buffered: true });

  document.addEventListener(
    'click',
    (e) => {
      const el = e.target as Element | null;
      if (el?.closest?.('[data-testid="generate-button"]')) probe.clickedAt = now();
    },
    true,
  );

  const nativeFetch = window.fetch;
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const res = await nativeFetch(...args);
    const url = String(args[0] instanceof Request ? args[0].url : args[0]);
    if (/\/api\/sessions\/[^/]+\/runs$/.test(url)) probe.runPostedAt ??= now();
    return res;
  };

  const Native = window.EventSource;
  window.EventSource = class extends Native {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      probe.connections++;
      probe.streamCreatedAt ??= now();
      this.addEventListener('open', () => {
        probe.streamOpenAt ??= now();
      });
      this.addEventListener('message', (m) => {
        probe.seqs.push(Number(m.lastEventId));
        const e = JSON.parse(m.data);
        if (e.type === 'text') {
          probe.firstTextAt ??= now();
          probe.text += e.delta;
          const from = probe.text.length - e.delta.length - tailNeedle.length;
          if (!probe.tailTextAt && probe.text.includes(tailNeedle, Math.max(0, from)))
            probe.tailTextAt = now();
        } else if (e.type === 'status') probe.status = e.status;
      });
    }
  };

  const needle = tailNeedle.replace(/\s/g, '');
  const watch = () => {
    const lines = document.querySelector('[data-testid="proof-editor"] .view-lines');
    if (!lines) {
      setTimeout(watch, 20);
      return;
    }
    const check = () => {
      if (probe.lastVisibleAt) return;
      const shown = (lines.textContent ?? '').replace(/[\s\u00a0]/g, '');
      if (!shown) return;
      probe.shownTail = shown.slice(-60);
      probe.firstVisibleAt ??= now();
      if (shown.includes(needle)) probe.lastVisibleAt = now();
    };
    new MutationObserver(check).observe(lines, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  };
  watch();
}
